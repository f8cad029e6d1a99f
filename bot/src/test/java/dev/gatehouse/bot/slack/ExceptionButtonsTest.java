package dev.gatehouse.bot.slack;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.exceptions.ExceptionCounts;
import dev.gatehouse.engine.exceptions.ExceptionState;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.gatehouse.bot.GatehouseStack.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item of the exceptions queue (an account that qualifies but has nobody to write to) over real
 * HTTP with signed requests: Assign to me, Snooze and Dismiss (with a reason, from a modal) change
 * its state once each, are audited, and update its message in place.
 */
class ExceptionButtonsTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private GatehouseStack stack;
    private SlackPayloads payloads;
    private GatehouseStack.Posted item;
    private long id;

    @BeforeEach
    void start() throws Exception {
        stack = new GatehouseStack(mail, Map.of());
        stack.seedWorkspace();
        payloads = new SlackPayloads(stack.url("/slack/events"), GatehouseStack.SIGNING_SECRET);
        stack.stores.accounts().upsert(new Account(0, "lonely.example", "Lonely Logistics", "logistics", 240, "EMEA", "DE",
                List.of("netsuite"), "Freight forwarding for mid-size shippers across Europe", REP));
        assertThat(stack.postSignals("""
                {"account_domain":"lonely.example","kind":"funding","summary":"Lonely Logistics raised a $20M Series B",
                 "source":"newsfeed","external_id":"ll-b"}""").statusCode()).isEqualTo(202);
        var call = stack.slack.await("chat.postMessage", c -> c.param("blocks") != null
                && c.param("blocks").contains("gh_exception_assign") && stack.slack.answeredTs(c).isPresent(), Duration.ofSeconds(30));
        item = new GatehouseStack.Posted("D" + call.param("channel").substring(1), stack.slack.answeredTs(call).orElseThrow(),
                call.json("blocks"));
        id = dev.gatehouse.bot.codec.ActionValue.decode(item.buttonValue("gh_exception_assign").orElseThrow()).id();
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
    }

    private void click(String actionId) throws Exception {
        assertThat(stack.slackRequests.post(SlackRequests.blockAction(REP, item.channel(), item.ts(), actionId,
                item.buttonValue(actionId).orElseThrow())).statusCode()).isEqualTo(200);
    }

    private List<String> audited() {
        return stack.stores.audit().forSubject("exception", id).stream().map(e -> e.action() + " by " + e.actor()).toList();
    }

    private ExceptionState state() {
        return stack.stores.exceptions().find(id).orElseThrow().state();
    }

    @Test
    void assign_to_me_clicked_twice_assigns_once_then_snooze_and_dismiss_with_a_reason_each_change_it_once() throws Exception {
        assertThat(item.blocks().toString()).contains("Lonely Logistics").contains("no contact");
        assertThat(stack.stores.exceptions().counts(Instant.now())).isEqualTo(new ExceptionCounts(1, 0, 0));

        click("gh_exception_assign");
        click("gh_exception_assign");
        var assigned = stack.slack.await("chat.update", c -> c.json("blocks").toString().contains("Assigned to <@" + REP + ">"),
                Duration.ofSeconds(15));
        assertThat(assigned.param("ts")).isEqualTo(item.ts());
        stack.slack.await("chat.postEphemeral", c -> c.param("text").startsWith("Nothing changed"), Duration.ofSeconds(10));
        assertThat(state()).isEqualTo(ExceptionState.ASSIGNED);
        assertThat(stack.stores.exceptions().counts(Instant.now())).isEqualTo(new ExceptionCounts(0, 1, 0));

        click("gh_exception_snooze");
        stack.slack.await("chat.update", c -> c.json("blocks").toString().contains("Snoozed by"), Duration.ofSeconds(15));
        assertThat(state()).isEqualTo(ExceptionState.SNOOZED);

        click("gh_exception_dismiss");
        var modal = stack.slack.await("views.open", c -> c.json("view").path("callback_id").asText()
                .equals("gh_exception_dismiss_submit"), Duration.ofSeconds(10)).json("view");
        var empty = payloads.postForm(SlackPayloads.viewSubmission(REP, "gh_exception_dismiss_submit",
                modal.path("private_metadata").asText(), Map.of("gh_dismiss_reason", Map.of("gh_dismiss_reason_input", " "))));
        assertThat(empty.body()).contains("errors").contains("gh_dismiss_reason");
        payloads.postForm(SlackPayloads.viewSubmission(REP, "gh_exception_dismiss_submit", modal.path("private_metadata").asText(),
                Map.of("gh_dismiss_reason", Map.of("gh_dismiss_reason_input", "They went with a competitor last month"))));

        var dismissed = stack.slack.await("chat.update", c -> c.json("blocks").toString().contains("Dismissed by"),
                Duration.ofSeconds(15));
        assertThat(dismissed.json("blocks").toString()).contains("They went with a competitor").doesNotContain("gh_exception_assign");
        assertThat(state()).isEqualTo(ExceptionState.DISMISSED);
        assertThat(audited()).containsExactly("exception.assign by " + REP, "exception.snooze by " + REP,
                "exception.dismiss by " + REP);
        assertThat(TestDatabase.count("select count(*) from audit_log where action = 'exception.no_contact'")).isEqualTo(1);
        assertThat(stack.stores.exceptions().counts(Instant.now())).isEqualTo(new ExceptionCounts(0, 0, 0));
    }
}
