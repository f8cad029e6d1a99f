package dev.gatehouse.bot.slack;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.engine.gate.TouchStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static dev.gatehouse.bot.GatehouseStack.REP;
import static dev.gatehouse.bot.slack.ReviewFlow.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

/** Approve, Undo and Edit clicks on a review message, over real HTTP against the whole running bot. */
class ReviewButtonsTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private ReviewFlow flow;

    @BeforeEach
    void start() throws Exception {
        flow = new ReviewFlow(mail);
    }

    @AfterEach
    void stop() throws Exception {
        flow.close();
    }

    @Test
    void undo_before_the_send_brings_the_buttons_back_and_a_second_approval_sends_exactly_once() throws Exception {
        flow.click(REP, "gh_approve");
        var approved = flow.awaitUpdate("gh_undo");

        flow.click(REP, "gh_undo", approved.buttonValue("gh_undo").orElseThrow());

        var undone = flow.awaitUpdate("Approval undone");
        assertThat(undone.ts()).isEqualTo(flow.review.ts());
        assertThat(undone.buttonValue("gh_approve")).isPresent();
        assertThat(undone.buttonValue("gh_edit")).isPresent();
        assertThat(undone.buttonValue("gh_reject")).isPresent();
        assertThat(undone.blocks().toString()).contains("<@" + REP + ">").contains("<!date^");
        assertThat(flow.outboxStatus()).isEqualTo("cancelled");
        assertThat(flow.stack.stores.touches().find(flow.touchId).orElseThrow().status()).isEqualTo(TouchStatus.PENDING_REVIEW);
        assertThat(mail.getReceivedMessages()).isEmpty();

        flow.click(REP, "gh_approve", undone.buttonValue("gh_approve").orElseThrow());
        flow.stack.awaitTouches(TouchStatus.APPROVED, 1, Duration.ofSeconds(10));
        flow.sendNow();

        assertThat(mail.waitForIncomingEmail(30_000, 1)).isTrue();
        flow.stack.awaitTouches(TouchStatus.SENT, 1, Duration.ofSeconds(10));
        Thread.sleep(1500);
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(flow.stack.stores.audit().forSubject("touch", flow.touchId)).extracting(e -> e.action())
                .containsSubsequence("touch.approve", "touch.undo", "touch.approve", "outbox.sent");
    }

    @Test
    void undo_after_the_email_was_sent_is_answered_too_late_and_changes_nothing() throws Exception {
        flow.click(REP, "gh_approve");
        var undo = flow.awaitUpdate("gh_undo").buttonValue("gh_undo").orElseThrow();
        flow.sendNow();
        assertThat(mail.waitForIncomingEmail(30_000, 1)).isTrue();
        flow.stack.awaitTouches(TouchStatus.SENT, 1, Duration.ofSeconds(10));

        flow.click(REP, "gh_undo", undo);

        var answer = flow.stack.slack.await("chat.postEphemeral", c -> c.param("text").startsWith("Too late to undo"),
                Duration.ofSeconds(10));
        assertThat(answer.param("user")).isEqualTo(REP);
        assertThat(answer.param("text")).contains("already sent");
        assertThat(flow.outboxStatus()).isEqualTo("sent");
        assertThat(flow.stack.stores.touches().find(flow.touchId).orElseThrow().status()).isEqualTo(TouchStatus.SENT);
    }

    @Test
    void edit_click_opens_the_prefilled_modal_before_the_click_is_answered() throws Exception {
        var draft = flow.stack.stores.touches().find(flow.touchId).orElseThrow().draft();

        var response = flow.click(REP, "gh_edit");

        assertThat(response.statusCode()).isEqualTo(200);
        var opened = flow.stack.slack.calls("views.open");
        assertThat(opened).hasSize(1);
        assertThat(opened.getFirst().param("trigger_id")).isEqualTo("1234567890.123456.abcdef");
        var values = SlackPayloads.initialValues(opened.getFirst().json("view"));
        assertThat(values.get("gh_subject").get("gh_subject_input")).isEqualTo(draft.subject());
        assertThat(values.get("gh_body_0").get("gh_body_input")).isEqualTo(draft.body());
    }

    @Test
    void a_non_reviewers_approval_is_refused_ephemerally_audited_and_sends_nothing() throws Exception {
        var response = flow.click(STRANGER, "gh_approve");

        assertThat(response.statusCode()).isEqualTo(200);
        var refusal = flow.stack.slack.await("chat.postEphemeral", c -> STRANGER.equals(c.param("user")), Duration.ofSeconds(10));
        assertThat(refusal.param("text")).contains("Only reviewers");
        assertThat(flow.stack.stores.audit().forSubject("slack_action", "gh_approve")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(STRANGER);
            assertThat(e.action()).isEqualTo("refused");
        });
        Thread.sleep(1000);
        assertThat(flow.stack.stores.touches().find(flow.touchId).orElseThrow().status()).isEqualTo(TouchStatus.PENDING_REVIEW);
        assertThat(flow.outboxStatus()).isEqualTo("none");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_non_reviewer_cannot_open_the_edit_modal() throws Exception {
        flow.click(STRANGER, "gh_edit");

        flow.stack.slack.await("chat.postEphemeral", c -> STRANGER.equals(c.param("user")), Duration.ofSeconds(10));
        assertThat(flow.stack.slack.calls("views.open")).isEmpty();
        assertThat(flow.stack.stores.audit().forSubject("slack_action", "gh_edit")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(STRANGER));
    }
}
