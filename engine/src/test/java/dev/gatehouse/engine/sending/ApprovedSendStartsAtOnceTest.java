package dev.gatehouse.engine.sending;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An approval whose send slot is now sends at once: the durable job wakes the running scheduler
 * instead of waiting for its next poll (2 s by default; 30 s here, so waiting for it would show).
 */
class ApprovedSendStartsAtOnceTest {
    private static final int APPROVALS = 10;

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void an_approved_email_due_now_arrives_well_before_the_next_job_poll() throws Exception {
        var rows = new OutboxRows(TestDatabase.freshStores());
        var touches = new ArrayList<Long>();
        touches.add(rows.seededTouchId());
        while (touches.size() < APPROVALS) touches.add(rows.anotherPending());
        var env = EngineOnGreenMail.env(mail, false, Map.of("GATEHOUSE_JOB_POLL_MS", "30000"));
        var millis = new ArrayList<Long>();
        try (var engine = EngineOnGreenMail.open(env).start()) {
            Thread.sleep(500); // the scheduler's first look at due work, at start, is over

            for (var touchId : touches) {
                long started = System.nanoTime();
                engine.reviews().approve(touchId, "U0REP");
                assertThat(mail.waitForIncomingEmail(5_000, millis.size() + 1))
                        .as("email %d arrived within 5 s of its approval", millis.size() + 1).isTrue();
                millis.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
            }
        }

        var warm = millis.subList(1, millis.size()).stream().sorted().toList();
        System.out.printf("approve -> accepted by SMTP with a 30 s job poll: first %d ms; then p50 %d ms, max %d ms (%d sends)%n",
                millis.getFirst(), warm.get(warm.size() / 2), warm.getLast(), warm.size());
    }
}
