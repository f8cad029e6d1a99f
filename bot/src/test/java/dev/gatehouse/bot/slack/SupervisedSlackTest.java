package dev.gatehouse.bot.slack;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.gate.SampleVerdict;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static dev.gatehouse.bot.GatehouseStack.MANAGER;
import static dev.gatehouse.bot.GatehouseStack.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supervised autonomy over real HTTP with signed Slack requests: the manager sets a sample rate,
 * sampled emails are posted after they go out with Looks right / Flag, each verdict is recorded
 * once, and flags trip the quality breaker once, after which the next first email waits for a person.
 */
class SupervisedSlackTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private GatehouseStack stack;
    private SlackPayloads payloads;

    private void start(Map<String, String> env) throws Exception {
        stack = new GatehouseStack(mail, env);
        stack.seedWorkspace();
        payloads = new SlackPayloads(stack.url("/slack/events"), GatehouseStack.SIGNING_SECRET);
    }

    @AfterEach
    void stop() throws Exception {
        if (stack != null) stack.close();
    }

    private void account(String domain, String name, String email) {
        var id = stack.stores.accounts().upsert(new Account(0, domain, name, "logistics", 240, "EMEA", "DE",
                List.of("netsuite"), "Freight forwarding for mid-size shippers across Europe", REP));
        stack.stores.accounts().upsert(new Contact(0, id, email, "Sam", "Berg", "CFO", "c_level", ZoneId.of("Europe/Berlin"),
                null));
    }

    private void signal(String domain, String id) throws Exception {
        var response = stack.postSignals("""
                {"account_domain":"%s","kind":"funding","summary":"%s raised a $20M Series B",
                 "source":"newsfeed","external_id":"%s"}""".formatted(domain, domain, id));
        assertThat(response.statusCode()).isEqualTo(202);
    }

    /** The message posted for {@code domain}, with the ts the fake Slack answered. */
    private GatehouseStack.Posted posted(String domain) throws InterruptedException {
        var call = stack.slack.await("chat.postMessage", c -> c.param("blocks") != null
                && c.param("blocks").contains(domain) && stack.slack.answeredTs(c).isPresent(), Duration.ofSeconds(30));
        var channel = call.param("channel");
        return new GatehouseStack.Posted(channel.startsWith("U") ? "D" + channel.substring(1) : channel,
                stack.slack.answeredTs(call).orElseThrow(), call.json("blocks"));
    }

    private void click(GatehouseStack.Posted message, String actionId) throws Exception {
        var response = stack.slackRequests.post(SlackRequests.blockAction(REP, message.channel(), message.ts(), actionId,
                message.buttonValue(actionId).orElseThrow()));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private void flag(GatehouseStack.Posted message, String reason) throws Exception {
        click(message, "gh_sample_flag");
        var modal = stack.slack.await("views.open", c -> c.json("view").path("private_metadata").asText().length() > 0
                && c.json("view").path("callback_id").asText().equals("gh_sample_flag_submit")
                && stack.slack.calls("views.open").indexOf(c) == stack.slack.calls("views.open").size() - 1,
                Duration.ofSeconds(10)).json("view");
        var submission = SlackPayloads.viewSubmission(REP, "gh_sample_flag_submit", modal.path("private_metadata").asText(),
                Map.of("gh_flag_reason", Map.of("gh_flag_reason_input", reason)));
        assertThat(payloads.postForm(submission).statusCode()).isEqualTo(200);
        Thread.sleep(1100); // the same body signed in the same second would be refused as a replay
        assertThat(payloads.postForm(submission).statusCode()).isEqualTo(200); // submitted twice: recorded once
    }

    private long count(String action) {
        return TestDatabase.count("select count(*) from audit_log where action = ?", action);
    }

    @Test
    void a_sampled_email_is_posted_after_it_went_out_and_looks_right_clicked_twice_is_recorded_once() throws Exception {
        start(Map.of());
        var answer = payloads.postForm(SlackPayloads.command(MANAGER, "/autonomy", "first_email supervised 100%"));
        assertThat(answer.body()).contains("supervised").contains("100%");

        signal("northwind.example", "nw-b");
        var sample = posted("northwind.example");

        assertThat(sample.buttonValue("gh_approve")).isEmpty();
        assertThat(sample.buttonValue("gh_sample_ok")).isPresent();
        assertThat(sample.blocks().toString()).contains("Sampled for review");
        var touchId = dev.gatehouse.bot.codec.ActionValue.decode(sample.buttonValue("gh_sample_ok").orElseThrow()).id();
        assertThat(stack.stores.touches().find(touchId).orElseThrow().decidedBy()).isEqualTo("gatehouse:supervised");
        assertThat(stack.stores.outbox().forTouch(touchId)).isPresent();

        click(sample, "gh_sample_ok");
        click(sample, "gh_sample_ok");

        var updated = stack.slack.await("chat.update", c -> c.json("blocks").toString().contains("Looks right*"),
                Duration.ofSeconds(15));
        assertThat(updated.param("ts")).isEqualTo(sample.ts());
        assertThat(updated.json("blocks").toString()).doesNotContain("gh_sample_ok");
        stack.slack.await("chat.postEphemeral", c -> c.param("text").startsWith("Already reviewed"), Duration.ofSeconds(10));
        assertThat(count("sample.looks_right")).isEqualTo(1);
        assertThat(stack.stores.samples().find(touchId).orElseThrow().verdict()).isEqualTo(SampleVerdict.LOOKS_RIGHT);
    }

    @Test
    void flags_submitted_from_the_modal_trip_the_breaker_once_and_the_next_first_email_waits_for_approval() throws Exception {
        start(Map.of("GATEHOUSE_QUALITY_BREAKER_FLAGS", "2", "GATEHOUSE_QUALITY_BREAKER_WINDOW", "30"));
        stack.stores.playbook().setAutonomy(ActionType.FIRST_EMAIL, AutonomyLevel.SUPERVISED, MANAGER, 100);
        account("southwind.example", "Southwind Freight", "sam@southwind.example");
        account("eastwind.example", "Eastwind Freight", "sam@eastwind.example");
        signal("northwind.example", "nw-b");
        signal("southwind.example", "sw-b");
        var north = posted("northwind.example");
        var south = posted("southwind.example");

        flag(north, "Invented a customer we never had");
        flag(south, "Wrong funding amount");

        stack.slack.await("chat.postMessage", c -> c.param("blocks") != null && c.param("blocks").contains("back to copilot")
                && c.param("blocks").contains("Wrong funding amount"), Duration.ofSeconds(15));
        ReviewFlow.await(() -> count("sample.flag") == 2, Duration.ofSeconds(10));
        assertThat(count("autonomy.quality_breaker")).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from audit_log where action = 'autonomy.quality_breaker' and actor = 'gatehouse'"))
                .isEqualTo(1);
        assertThat(stack.stores.playbook().autonomy(ActionType.FIRST_EMAIL)).isEqualTo(AutonomyLevel.COPILOT);

        signal("eastwind.example", "ew-b");
        var east = posted("eastwind.example");

        assertThat(east.buttonValue("gh_approve")).isPresent();
        assertThat(east.buttonValue("gh_sample_ok")).isEmpty();
        assertThat(stack.awaitTouches(TouchStatus.PENDING_REVIEW, 1, Duration.ofSeconds(5))).hasSize(1);
    }
}
