package dev.gatehouse.engine.sending;

import dev.gatehouse.engine.delivery.OutboxStatus;
import dev.gatehouse.engine.delivery.UnsubscribeTokens;
import dev.gatehouse.engine.delivery.UnsubscribeLinks;
import dev.gatehouse.engine.delivery.SmtpTransport;
import dev.gatehouse.engine.delivery.SmtpMailer;
import dev.gatehouse.engine.delivery.Secret;
import dev.gatehouse.engine.delivery.OutboxMessage;
import dev.gatehouse.engine.delivery.MessageIds;
import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.delivery.EmailAddress;
import dev.gatehouse.engine.delivery.Footer;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.followups.MutableClock;
import dev.gatehouse.engine.store.Fixtures;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the outbox does when the mail server refuses a message: try again later, or never. */
class OutboxDispatchTest {
    private static final Footer FOOTER = new Footer(Footer.DEFAULT_TEMPLATE, "Gatehouse Ltd, 1 Test Street, Bristol BS1 1AA, UK");
    record Rescheduled(long outboxId, Instant at) {
    }

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-16T09:00:00Z"));
    final Stores stores = TestDatabase.freshStores();
    final long touchId = new Fixtures(stores).pendingTouch().touchId();
    final List<Rescheduled> rescheduled = new ArrayList<>();
    RefusingSmtpServer smtp;

    @AfterEach
    void stop() throws Exception {
        if (smtp != null) smtp.close();
    }

    OutboxDispatch dispatchThrough(String rcptReply) throws Exception {
        smtp = new RefusingSmtpServer(rcptReply);
        var mailer = new SmtpMailer(new MailConfig.Smtp("127.0.0.1", smtp.port(), false, null, null, "gatehouse.example"), clock);
        var links = new UnsubscribeLinks(URI.create("https://gatehouse.example"), EmailAddress.of("ari@gatehouse.example"),
                new UnsubscribeTokens(new Secret("unsubscribe-signing-key-for-tests"), clock));
        return new OutboxDispatch(stores, new SmtpTransport(mailer, links, FOOTER), ReviewNotifier.NONE, clock,
                (id, at) -> rescheduled.add(new Rescheduled(id, at)));
    }

    /** The touch approved and its email queued to send now, as an approval does. */
    long approved() {
        stores.touches().transition(touchId, TouchStatus.PENDING_REVIEW, TouchStatus.APPROVED, "U0REP");
        return stores.outbox().enqueue(touchId, MessageIds.random("gatehouse.example"),
                "Ari <ari@gatehouse.example>", "dana@northwind.example", "Dana Keller", "Northwind's Series B", "Hi Dana", null,
                clock.instant()).orElseThrow();
    }

    OutboxMessage row(long id) {
        return stores.outbox().byId(id).orElseThrow();
    }

    TouchStatus touchStatus() {
        return stores.touches().find(touchId).orElseThrow().status();
    }

    @Test
    void a_temporary_refusal_is_tried_again_later_with_growing_waits_then_given_up() throws Exception {
        var dispatch = dispatchThrough("450 4.2.1 mailbox busy, try later");
        var id = approved();
        var waits = new ArrayList<Duration>();

        for (int attempt = 1; attempt < 5; attempt++) {
            assertThat(dispatch.dispatch(id)).isEqualTo(OutboxDispatch.Result.RETRY);
            var row = row(id);
            assertThat(row.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(rescheduled.getLast()).isEqualTo(new Rescheduled(id, row.notBefore()));
            waits.add(Duration.between(clock.instant(), row.notBefore()));
            assertThat(dispatch.dispatch(id)).isEqualTo(OutboxDispatch.Result.NOT_DUE);
            clock.set(row.notBefore());
        }
        var last = dispatch.dispatch(id);

        assertThat(waits).containsExactly(Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(16));
        assertThat(last).isEqualTo(OutboxDispatch.Result.FAILED);
        assertThat(rescheduled).hasSize(4);
        assertThat(row(id).status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(row(id).attempts()).isEqualTo(5);
        assertThat(touchStatus()).isEqualTo(TouchStatus.FAILED);
        assertThat(stores.suppressions().isSuppressed(row(id).to())).isFalse();
    }

    @Test
    void a_permanent_refusal_is_not_tried_again_and_suppresses_the_recipient() throws Exception {
        var dispatch = dispatchThrough("550 5.1.1 no such user");
        var id = approved();

        var result = dispatch.dispatch(id);

        assertThat(result).isEqualTo(OutboxDispatch.Result.FAILED);
        assertThat(rescheduled).isEmpty();
        assertThat(row(id).status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(row(id).attempts()).isEqualTo(1);
        assertThat(touchStatus()).isEqualTo(TouchStatus.FAILED);
        assertThat(stores.suppressions().isSuppressed(row(id).to())).isTrue();
    }
}
