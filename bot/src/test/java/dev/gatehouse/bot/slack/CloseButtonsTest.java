package dev.gatehouse.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.engine.outcomes.Stage;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static dev.gatehouse.bot.GatehouseStack.MANAGER;
import static dev.gatehouse.bot.GatehouseStack.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Won / Lost on the meeting brief — the account's last message — clicked and submitted as Slack
 * sends them (signed HTTP, the fake Slack): the modal records the close through the same engine
 * command as /outcome, once, however often or by how many it is submitted.
 */
class CloseButtonsTest {
    private static final String BRIEFS = "C0BRIEFS";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private GatehouseStack stack;
    private SlackPayloads payloads;
    private long accountId;

    @BeforeEach
    void start() throws Exception {
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_BRIEFS_CHANNEL", BRIEFS));
        stack.seedWorkspace();
        payloads = new SlackPayloads(stack.url("/slack/events"), GatehouseStack.SIGNING_SECRET);
        accountId = stack.stores.accounts().byDomain("northwind.example").orElseThrow().id();
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
    }

    /** The brief after a rep clicked Meeting held: it carries Qualified / Not qualified / Won / Lost. */
    private GatehouseStack.Posted heldBrief() throws Exception {
        stack.running.engine().meetings().book(accountId, null, Instant.now().plus(Duration.ofDays(2)), REP);
        var call = stack.slack.await("chat.postMessage", c -> BRIEFS.equals(c.param("channel"))
                && stack.slack.answeredTs(c).isPresent(), WAIT);
        var brief = new GatehouseStack.Posted(BRIEFS, stack.slack.answeredTs(call).orElseThrow(), call.json("blocks"));
        click(REP, brief, "gh_meeting_held");
        var update = stack.slack.await("chat.update", c -> brief.ts().equals(c.param("ts")), WAIT);
        return new GatehouseStack.Posted(BRIEFS, brief.ts(), update.json("blocks"));
    }

    private void click(String user, GatehouseStack.Posted message, String actionId) throws Exception {
        var response = stack.slackRequests.post(SlackRequests.blockAction(user, message.channel(), message.ts(), actionId,
                message.buttonValue(actionId).orElseThrow()));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    /** The n-th close modal the bot opened (1-based), as Slack got it in views.open. */
    private JsonNode modal(int n) throws InterruptedException {
        stack.slack.await("views.open", c -> closeModals() >= n, WAIT);
        return stack.slack.calls("views.open").stream().map(c -> c.json("view"))
                .filter(v -> v.path("callback_id").asText().equals("gh_outcome_close_submit")).skip(n - 1).findFirst().orElseThrow();
    }

    private long closeModals() {
        return stack.slack.calls("views.open").stream()
                .filter(c -> c.json("view").path("callback_id").asText().equals("gh_outcome_close_submit")).count();
    }

    private static String submission(String user, JsonNode modal, String amount, String note) {
        return SlackPayloads.viewSubmission(user, "gh_outcome_close_submit", modal.path("private_metadata").asText(),
                Map.of("gh_close_amount", Map.of("gh_close_amount_input", amount), "gh_close_note", Map.of("gh_close_note_input", note)));
    }

    private long wonVersions() {
        return TestDatabase.count("select count(*) from account_outcomes where account_id = ? and stage = 'won'", accountId);
    }

    @Test
    void won_clicked_by_two_people_and_submitted_by_both_and_again_records_the_close_once() throws Exception {
        var brief = heldBrief();
        assertThat(brief.buttonValue("gh_outcome_won")).isPresent();
        assertThat(brief.buttonValue("gh_outcome_lost")).isPresent();
        click(REP, brief, "gh_outcome_qualified");
        stack.slack.await("chat.postMessage", c -> brief.ts().equals(c.param("thread_ts"))
                && c.param("text").contains("Qualified opportunity"), WAIT);

        click(REP, brief, "gh_outcome_won");
        var repModal = modal(1);
        click(MANAGER, brief, "gh_outcome_won");
        var managerModal = modal(2);
        assertThat(repModal.toString()).contains("Northwind Freight").contains("qualified").contains("version 1");

        var rep = submission(REP, repModal, "$12k", "signed the annual plan");
        var both = java.util.List.of(CompletableFuture.supplyAsync(() -> post(rep)),
                CompletableFuture.supplyAsync(() -> post(submission(MANAGER, managerModal, "12000", "yes"))));
        for (var f : both) assertThat(f.get().statusCode()).isEqualTo(200);
        var told = stack.slack.await("chat.postEphemeral", c -> c.param("text").startsWith("Not recorded"), WAIT);
        Thread.sleep(1100); // the same body signed in the same second would be refused as a replay before reaching us
        assertThat(post(rep).statusCode()).isEqualTo(200);
        stack.slack.await("chat.postEphemeral", c -> stack.slack.calls("chat.postEphemeral").stream()
                .filter(e -> e.param("text").startsWith("Not recorded")).count() >= 2, WAIT);

        assertThat(wonVersions()).isEqualTo(1);
        var outcome = stack.stores.outcomes().latest(accountId).orElseThrow();
        assertThat(outcome.stage()).isEqualTo(Stage.WON);
        assertThat(outcome.version()).isEqualTo(2);
        assertThat(outcome.source()).isEqualTo("slack");
        assertThat(outcome.meetingId()).isNotNull();
        assertThat(told.param("text")).contains("won").contains("version 2");
        var thread = stack.slack.await("chat.postMessage", c -> brief.ts().equals(c.param("thread_ts"))
                && c.param("text").startsWith("🏆 Won"), WAIT);
        assertThat(thread.param("text")).contains("$12000").contains("version 2");
        assertThat(TestDatabase.count("select count(*) from audit_log where action = 'outcome.recorded' and subject_id = ?",
                Long.toString(accountId))).as("qualified, then won once").isEqualTo(2);
    }

    @Test
    void lost_records_the_note_without_an_amount_and_a_bad_amount_is_named_in_the_modal() throws Exception {
        var brief = heldBrief();
        click(REP, brief, "gh_outcome_lost");
        var modal = modal(1);

        var bad = post(submission(REP, modal, "twelve grand", ""));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("errors").contains("gh_close_amount").contains("Not an amount");
        assertThat(stack.stores.outcomes().latest(accountId)).isEmpty();

        assertThat(post(submission(REP, modal, "", "went with a competitor")).statusCode()).isEqualTo(200);
        stack.slack.await("chat.postMessage", c -> brief.ts().equals(c.param("thread_ts")) && c.param("text").startsWith("Lost"), WAIT);
        var outcome = stack.stores.outcomes().latest(accountId).orElseThrow();
        assertThat(outcome.stage()).isEqualTo(Stage.LOST);
        assertThat(outcome.amount()).isNull();
        assertThat(outcome.note()).isEqualTo("went with a competitor");
        assertThat(outcome.actor()).isEqualTo(REP);
    }

    private HttpResponse<String> post(String body) {
        try {
            return payloads.postForm(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
