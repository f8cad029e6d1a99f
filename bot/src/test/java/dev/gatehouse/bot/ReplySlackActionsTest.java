package dev.gatehouse.bot;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.slack.SlackPayloads;
import dev.gatehouse.bot.slack.SlackRequests;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.inbound.ReplyProposals;
import dev.gatehouse.engine.signals.RequestSignature;
import dev.gatehouse.engine.store.MeetingStore;
import dev.gatehouse.engine.store.ReplyStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buttons on the reply side's messages, clicked as Slack sends clicks (signed HTTP): dismissing
 * a reply, writing an answer that goes to review, recording a meeting's outcome, and refusals.
 */
class ReplySlackActionsTest {
    private static final String INBOUND_SECRET = "inbound-secret-for-tests-0123456789";
    private static final String APPROVALS = "C0APPROVALS";
    private static final String BRIEFS = "C0BRIEFS";
    private static final String STRANGER = "U0STRANGER";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private GatehouseStack stack;
    private SlackPayloads payloads;

    @BeforeEach
    void start() throws Exception {
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_INBOUND_SECRET", INBOUND_SECRET,
                "GATEHOUSE_BRIEFS_CHANNEL", BRIEFS, "GATEHOUSE_APPROVALS_CHANNEL", APPROVALS));
        stack.seedWorkspace();
        payloads = new SlackPayloads(stack.url("/slack/events"), GatehouseStack.SIGNING_SECRET);
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
    }

    /** A prospect's reply through the signed inbound webhook; returns the triage message it caused. */
    private GatehouseStack.Posted reply(String inReplyTo, String text) throws Exception {
        var json = """
                {"from":"Dana Keller <dana@northwind.example>","to":["ari@ledgerline.example"],"subject":"Re: Northwind's Series B",
                 "text":"%s","message_id":"<reply-%d@northwind.example>","in_reply_to":"%s"}"""
                .formatted(text, System.nanoTime(), inReplyTo).getBytes(StandardCharsets.UTF_8);
        var ts = Instant.now().getEpochSecond();
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.url("/api/inbound-email")))
                .header("X-Gatehouse-Timestamp", Long.toString(ts))
                .header("X-Gatehouse-Signature", new RequestSignature(INBOUND_SECRET).sign(ts, json))
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(202);
        var call = stack.slack.await("chat.postMessage", c -> APPROVALS.equals(c.param("channel"))
                && c.param("blocks") != null && c.param("blocks").contains("gh_reply_dismiss"), WAIT);
        return new GatehouseStack.Posted(APPROVALS, "1700000001.000100", call.json("blocks"));
    }

    /** The blocks of the chat.update that replaced the message at {@code ts}, as JSON text. */
    private String updateOf(String ts) throws InterruptedException {
        var update = stack.slack.await("chat.update", c -> ts.equals(c.param("ts")), WAIT);
        assertThat(update.param("channel")).isIn(APPROVALS, BRIEFS);
        return update.json("blocks").toString();
    }

    @Test
    void a_reply_posts_a_triage_message_with_write_and_dismiss_but_no_approve() throws Exception {
        var triage = reply(stack.sentFirstEmail(), "Thanks, not right now. Maybe next quarter.");

        assertThat(triage.buttonValue("gh_reply_edit")).isPresent();
        assertThat(triage.buttonValue("gh_reply_dismiss")).isPresent();
        assertThat(triage.blocks().toString()).doesNotContain("gh_reply_approve")
                .contains("Thanks, not right now. Maybe next quarter.").contains("What Gatehouse did");
    }

    @Test
    void dismiss_updates_the_message_in_place_and_is_audited() throws Exception {
        var triage = reply(stack.sentFirstEmail(), "Thanks, not right now. Maybe next quarter.");
        var value = triage.buttonValue("gh_reply_dismiss").orElseThrow();
        var replyId = ActionValue.decode(value).id();

        var response = stack.slackRequests.post(SlackRequests.blockAction(GatehouseStack.REP, APPROVALS, triage.ts(),
                "gh_reply_dismiss", value));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(updateOf(triage.ts())).contains("Dismissed by <@" + GatehouseStack.REP + ">").doesNotContain("gh_reply_");
        assertThat(stack.stores.replies().handling(replyId).orElseThrow().handledBy()).isEqualTo(GatehouseStack.REP);
        assertThat(stack.stores.audit().forSubject("reply", replyId))
                .anySatisfy(e -> assertThat(e.action() + " " + e.actor()).isEqualTo("reply.dismissed " + GatehouseStack.REP));
    }

    @Test
    void write_reply_opens_a_prefilled_modal_whose_submission_goes_to_review_and_sends_nothing() throws Exception {
        var triage = reply(stack.sentFirstEmail(), "Thanks, not right now. Maybe next quarter.");
        var value = triage.buttonValue("gh_reply_edit").orElseThrow();
        var replyId = ActionValue.decode(value).id();

        var click = stack.slackRequests.post(SlackRequests.blockAction(GatehouseStack.REP, APPROVALS, triage.ts(),
                "gh_reply_edit", value));

        assertThat(click.statusCode()).isEqualTo(200);
        var view = stack.slack.await("views.open", c -> "1234567890.123456.abcdef".equals(c.param("trigger_id")),
                Duration.ofSeconds(3)).json("view");
        assertThat(view.path("callback_id").asText()).isEqualTo("gh_reply_edit_submit");
        var values = new LinkedHashMap<>(SlackPayloads.initialValues(view));
        assertThat(values.get("gh_subject")).containsEntry("gh_subject_input", "Re: Northwind's Series B");
        values.put("gh_body_0", Map.of("gh_body_input", "Hi Dana,\n\nUnderstood, I will check back next quarter.\n\nAri Lund"));

        var submit = payloads.postForm(SlackPayloads.viewSubmission(GatehouseStack.REP, "gh_reply_edit_submit",
                view.path("private_metadata").asText(), values));

        assertThat(submit.statusCode()).isEqualTo(200);
        assertThat(updateOf(triage.ts())).contains("Answered by <@" + GatehouseStack.REP + ">");
        var handling = stack.stores.replies().handling(replyId).orElseThrow();
        var touch = stack.stores.touches().find(handling.handledTouchId()).orElseThrow();
        assertThat(touch.kind()).isEqualTo(TouchKind.REPLY);
        assertThat(touch.status()).isIn(TouchStatus.PENDING_REVIEW, TouchStatus.BLOCKED);
        assertThat(touch.draft().subject()).isEqualTo("Re: Northwind's Series B");
        stack.slack.await("chat.postMessage", c -> c.param("blocks") != null
                && c.param("blocks").contains(ReplyProposals.PERSON_WRITER), WAIT);
        assertThat(stack.stores.outbox().forTouch(touch.id())).isEmpty();
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void meeting_held_on_the_brief_stores_the_outcome_and_updates_the_brief() throws Exception {
        stack.sentFirstEmail();
        var account = stack.stores.accounts().byDomain("northwind.example").orElseThrow();
        var contact = stack.stores.accounts().contacts(account.id()).getFirst();
        var meetingId = stack.running.engine().meetings().book(account.id(), contact.id(),
                Instant.now().plus(Duration.ofDays(2)), GatehouseStack.REP);
        var brief = stack.slack.await("chat.postMessage", c -> BRIEFS.equals(c.param("channel")), WAIT);
        var posted = new GatehouseStack.Posted(BRIEFS, "1700000002.000100", brief.json("blocks"));
        assertThat(posted.buttonValue("gh_meeting_no_show")).isPresent();

        var response = stack.slackRequests.post(SlackRequests.blockAction(GatehouseStack.REP, BRIEFS, posted.ts(),
                "gh_meeting_held", posted.buttonValue("gh_meeting_held").orElseThrow()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(updateOf(posted.ts())).contains("Meeting held · recorded by <@" + GatehouseStack.REP + ">")
                .contains("Meeting brief: Northwind Freight").doesNotContain("gh_meeting_");
        assertThat(stack.stores.meetings().outcome(meetingId).orElseThrow().outcome()).isEqualTo("held");
        assertThat(stack.stores.audit().forSubject("meeting", meetingId)).anyMatch(e -> e.action().equals("meeting.outcome"));
    }

    @Test
    void a_non_reviewer_click_is_refused_ephemerally_and_audited() throws Exception {
        var triage = reply(stack.sentFirstEmail(), "Thanks, not right now. Maybe next quarter.");
        var value = triage.buttonValue("gh_reply_dismiss").orElseThrow();

        var response = stack.slackRequests.post(SlackRequests.blockAction(STRANGER, APPROVALS, triage.ts(),
                "gh_reply_dismiss", value));

        assertThat(response.statusCode()).isEqualTo(200);
        var refusal = stack.slack.await("chat.postEphemeral", c -> STRANGER.equals(c.param("user")), WAIT);
        assertThat(refusal.param("text")).contains("Only reviewers");
        assertThat(stack.stores.audit().recent(20)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(STRANGER);
            assertThat(e.action()).isEqualTo("refused");
        });
        assertThat(stack.stores.replies().handling(ActionValue.decode(value).id()).orElseThrow().handled()).isFalse();
        assertThat(stack.slack.calls("chat.update")).noneMatch(c -> triage.ts().equals(c.param("ts")));
    }

    @Test
    void a_non_reviewer_cannot_record_a_meeting_outcome() throws Exception {
        var accountId = stack.stores.accounts().byDomain("northwind.example").orElseThrow().id();
        var meetingId = stack.running.engine().meetings().book(accountId, null, Instant.now().plus(Duration.ofDays(2)),
                GatehouseStack.REP);
        var brief = stack.slack.await("chat.postMessage", c -> BRIEFS.equals(c.param("channel")), WAIT);
        var value = new GatehouseStack.Posted(BRIEFS, "1700000003.000100", brief.json("blocks"))
                .buttonValue("gh_meeting_no_show").orElseThrow();

        stack.slackRequests.post(SlackRequests.blockAction(STRANGER, BRIEFS, "1700000003.000100", "gh_meeting_no_show", value));

        stack.slack.await("chat.postEphemeral", c -> STRANGER.equals(c.param("user")), WAIT);
        assertThat(stack.stores.meetings().outcome(meetingId)).isEmpty();
        assertThat(stack.stores.audit().recent(20)).anyMatch(e -> e.actor().equals(STRANGER) && e.action().equals("refused"));
    }
}
