package dev.gatehouse.engine.sending;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.engine.delivery.OutboxStatus;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends cut off by a crash are settled within seconds of the engine starting again, not when a
 * 15-minute sweep comes round: the one the server had is recorded (and its follow-ups planned),
 * the one it never saw goes out, and each email reaches the prospect once.
 */
class CutOffSendsAfterRestartTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(EngineOnGreenMail.SENDER,
                    EngineOnGreenMail.IMAP_LOGIN, EngineOnGreenMail.IMAP_PASSWORD));

    @Test
    void after_a_restart_cut_off_sends_are_settled_within_seconds_and_each_email_arrives_once() throws Exception {
        FilingProvider.install(mail, Duration.ZERO);
        Stores stores = TestDatabase.freshStores();
        var rows = new OutboxRows(stores);
        var now = Instant.now();
        var accepted = rows.approved(now);
        var neverSeen = rows.anotherApproved(now);
        var env = EngineOnGreenMail.env(mail, true, Map.of());
        // given two sends cut off by a crash: one after the server's 250, one before it saw the message
        rows.cutOff(accepted, now);
        rows.cutOff(neverSeen, now);
        EngineOnGreenMail.transport(env).send(stores.outbox().byId(accepted).orElseThrow());

        try (var engine = EngineOnGreenMail.open(env)) {
            long started = System.nanoTime();
            engine.start();
            awaitStatus(stores, accepted, OutboxStatus.SENT);
            awaitStatus(stores, neverSeen, OutboxStatus.SENT);
            var settled = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("cut-off sends settled %d ms after the engine started (lease 10 s)%n", settled.toMillis());
            assertThat(settled).isLessThan(Duration.ofSeconds(10));
            Thread.sleep(500); // room for a second copy, were one sent
        }

        assertThat(FilingProvider.deliveredIds(mail)).containsExactlyInAnyOrder(
                stores.outbox().byId(accepted).orElseThrow().messageId(),
                stores.outbox().byId(neverSeen).orElseThrow().messageId());
        assertThat(stores.touches().find(rows.touchId(accepted)).orElseThrow().status()).isEqualTo(TouchStatus.SENT);
        assertThat(stores.followUps().forThread(rows.touchId(accepted))).as("follow-ups planned for the recorded send")
                .isNotEmpty();
    }

    private static void awaitStatus(Stores stores, long outboxId, OutboxStatus status) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (stores.outbox().byId(outboxId).orElseThrow().status() != status) {
            if (System.nanoTime() > deadline) throw new AssertionError("outbox " + outboxId + " never became " + status);
            Thread.sleep(20);
        }
    }
}
