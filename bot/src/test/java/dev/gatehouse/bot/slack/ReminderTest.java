package dev.gatehouse.bot.slack;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.bot.ShiftedClock;
import dev.gatehouse.engine.gate.TouchStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviews left waiting longer than GATEHOUSE_REVIEW_REMINDER_HOURS come back to the reviewer: a
 * reply in the review message's thread, broadcast to the conversation, once per period. The
 * engine sweep is run by hand on a clock the test moves forward.
 */
class ReminderTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String SIGNAL = """
            {"account_domain":"northwind.example","kind":"funding",
             "summary":"Northwind Freight raised a $20M Series B","source":"newsfeed","external_id":"nw-b"}""";

    private final ShiftedClock clock = new ShiftedClock();
    private GatehouseStack stack;

    private void start(Consumer<FakeSlackApi> prepare) throws Exception {
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_REVIEW_REMINDER_HOURS", "2", "GATEHOUSE_SWEEP_SECONDS", "3600"),
                prepare, clock);
        stack.seedWorkspace();
        assertThat(stack.postSignals(SIGNAL).statusCode()).isEqualTo(202);
    }

    @AfterEach
    void stop() throws Exception {
        if (stack != null) stack.close();
    }

    private List<FakeSlackApi.Call> reminders() {
        return stack.slack.calls("chat.postMessage").stream().filter(c -> c.param("thread_ts") != null).toList();
    }

    /** The review message posted and recorded against its touch, so a reminder can thread under it. */
    private GatehouseStack.Posted awaitReview() throws Exception {
        var review = stack.awaitReviewMessage(GatehouseStack.REP, Duration.ofSeconds(30));
        var touch = stack.awaitTouches(TouchStatus.PENDING_REVIEW, 1, Duration.ofSeconds(10)).getFirst();
        stack.awaitRecordedMessage(touch.id(), Duration.ofSeconds(10));
        return review;
    }

    private void sweepAfter(Duration waited) {
        clock.advance(waited);
        stack.running.engine().sweep();
    }

    @Test
    void a_review_older_than_the_configured_age_gets_a_reminder_in_its_thread() throws Exception {
        start(slack -> {
        });
        var review = awaitReview();

        sweepAfter(Duration.ofHours(3));

        assertThat(reminders()).singleElement().satisfies(reminder -> {
            assertThat(reminder.param("channel")).isEqualTo(review.channel()); // the DM Slack answered the post with
            assertThat(reminder.param("thread_ts")).isEqualTo(review.ts());
            assertThat(reminder.param("reply_broadcast")).isIn("true", "1");
            assertThat(reminder.param("text")).startsWith("Still waiting for a decision").contains("Northwind Freight");
        });
    }

    @Test
    void a_review_younger_than_the_configured_age_gets_no_reminder() throws Exception {
        start(slack -> {
        });
        awaitReview();

        sweepAfter(Duration.ofHours(1));

        assertThat(reminders()).isEmpty();
    }

    @Test
    void a_second_sweep_within_the_period_does_not_remind_again() throws Exception {
        start(slack -> {
        });
        awaitReview();
        sweepAfter(Duration.ofHours(3));

        sweepAfter(Duration.ofHours(1));

        assertThat(reminders()).hasSize(1);
    }

    @Test
    void a_review_slack_refused_to_post_is_posted_again_by_the_reminder() throws Exception {
        start(slack -> slack.failNext("chat.postMessage", "channel_not_found"));
        stack.slack.await("chat.postMessage", c -> c.param("blocks") != null, Duration.ofSeconds(30));
        var touch = stack.awaitTouches(TouchStatus.PENDING_REVIEW, 1, Duration.ofSeconds(10)).getFirst();

        sweepAfter(Duration.ofHours(3));

        var review = stack.awaitReviewMessage(GatehouseStack.REP, Duration.ofSeconds(5));
        assertThat(stack.stores.touches().find(touch.id()).orElseThrow().slackMessage())
                .hasValueSatisfying(m -> assertThat(m.ts()).isEqualTo(review.ts()));
        assertThat(reminders()).isEmpty();
    }
}
