package dev.gatehouse.bot;

import dev.gatehouse.bot.slack.FakeSlackApi;
import dev.gatehouse.bot.slack.Scopes;
import dev.gatehouse.bot.slack.SignedCommands;
import dev.gatehouse.bot.slack.SlackPayloads;
import dev.gatehouse.bot.slack.SlackRequests;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.TreeSet;

import static dev.gatehouse.bot.GatehouseStack.MANAGER;
import static dev.gatehouse.bot.GatehouseStack.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifest asks for the scopes of the methods in {@link Scopes}; this drives a broad flow
 * through the running bot and checks it calls no Web API method outside that table.
 */
class ScopesInUseTest extends SignedCommands {
    @Test
    void a_broad_flow_calls_only_methods_in_the_scope_table() throws Exception {
        stack.postSignals("""
                {"account_domain":"northwind.example","kind":"funding","summary":"Northwind Freight raised a Series B",
                 "source_url":"https://news.example.com/nw-b","source":"newsfeed","external_id":"nw-b-scopes"}""");
        var review = stack.awaitReviewMessage(Duration.ofSeconds(30));
        stack.slackRequests.post(SlackRequests.blockAction(REP, review.channel(), review.ts(), "gh_approve",
                review.buttonValue("gh_approve").orElseThrow()));
        stack.slack.await("chat.update", c -> c.param("ts").equals(review.ts()), Duration.ofSeconds(10));
        slack.postForm(SlackPayloads.command(MANAGER, "/icp", "edit"));
        slack.postForm(SlackPayloads.command(REP, "/signal", "northwind.example hiring Hiring two controllers"));
        slack.postForm(SlackPayloads.command(REP, "/pipeline", ""));
        slack.postEvent(SlackPayloads.appHomeOpened(REP, "Ev0SCOPES"), null);
        stack.slack.await("views.publish", c -> true, Duration.ofSeconds(10));
        stack.slack.await("chat.postEphemeral", c -> true, Duration.ofSeconds(10));

        var called = new TreeSet<>(stack.slack.calls().stream().map(FakeSlackApi.Call::method).toList());

        assertThat(called).contains("chat.postMessage", "chat.update", "chat.postEphemeral", "views.open", "views.publish");
        assertThat(Scopes.BY_METHOD.keySet()).containsAll(called);
    }
}
