package dev.gatehouse.bot.slack;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.bot.ShiftedClock;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.exceptions.ExceptionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.gatehouse.bot.GatehouseStack.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item of the exceptions queue snoozed over real HTTP is out of sight for a day; when the
 * snooze ends it is open again and posted again (once), with its buttons, and the new message is
 * the one its later changes update.
 */
class SnoozeEndsTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private GatehouseStack stack;

    @AfterEach
    void stop() throws Exception {
        if (stack != null) stack.close();
    }

    private long itemPosts() {
        return stack.slack.calls("chat.postMessage").stream().filter(c -> c.param("blocks") != null
                && c.param("blocks").contains("gh_exception_assign") && stack.slack.answeredTs(c).isPresent()).count();
    }

    private GatehouseStack.Posted latestItemPost() throws InterruptedException {
        var call = stack.slack.await("chat.postMessage", c -> c.param("blocks") != null
                && c.param("blocks").contains("gh_exception_assign") && stack.slack.answeredTs(c).isPresent()
                && stack.slack.calls("chat.postMessage").lastIndexOf(c) == lastItemPostIndex(), Duration.ofSeconds(30));
        return new GatehouseStack.Posted("D" + call.param("channel").substring(1), stack.slack.answeredTs(call).orElseThrow(),
                call.json("blocks"));
    }

    private int lastItemPostIndex() {
        var calls = stack.slack.calls("chat.postMessage");
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (calls.get(i).param("blocks") != null && calls.get(i).param("blocks").contains("gh_exception_assign")) return i;
        }
        return -1;
    }

    /** Signed at the bot's time: a day later by its clock, Slack's timestamp is a day later too. */
    private void click(GatehouseStack.Posted message, String actionId, ShiftedClock clock) throws Exception {
        assertThat(stack.slackRequests.post(SlackRequests.blockAction(REP, message.channel(), message.ts(), actionId,
                message.buttonValue(actionId).orElseThrow()), clock.instant().getEpochSecond(), GatehouseStack.SIGNING_SECRET)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void a_snoozed_item_is_posted_again_once_when_its_snooze_ends() throws Exception {
        var clock = new ShiftedClock();
        // the test sweeps by hand; the periodic sweep stays out of its way
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_SWEEP_SECONDS", "3600"), fake -> {
        }, clock);
        stack.seedWorkspace();
        stack.stores.accounts().upsert(new Account(0, "lonely.example", "Lonely Logistics", "logistics", 240, "EMEA", "DE",
                List.of("netsuite"), "Freight forwarding for mid-size shippers across Europe", REP));
        assertThat(stack.postSignals("""
                {"account_domain":"lonely.example","kind":"funding","summary":"Lonely Logistics raised a $20M Series B",
                 "source":"newsfeed","external_id":"ll-snooze"}""").statusCode()).isEqualTo(202);
        var first = latestItemPost();
        var id = dev.gatehouse.bot.codec.ActionValue.decode(first.buttonValue("gh_exception_assign").orElseThrow()).id();

        click(first, "gh_exception_snooze", clock);
        stack.slack.await("chat.update", c -> c.json("blocks").toString().contains("Snoozed by"), Duration.ofSeconds(15));
        stack.running.engine().sweep();
        assertThat(itemPosts()).isEqualTo(1);

        clock.advance(Duration.ofHours(25));
        stack.running.engine().sweep();
        ReviewFlow.await(() -> itemPosts() == 2, Duration.ofSeconds(10));
        stack.running.engine().sweep();
        assertThat(itemPosts()).isEqualTo(2);
        var again = latestItemPost();
        assertThat(again.ts()).isNotEqualTo(first.ts());
        assertThat(again.blocks().toString()).contains("Lonely Logistics").doesNotContain("Snoozed by");
        var item = stack.stores.exceptions().find(id).orElseThrow();
        assertThat(item.state()).isEqualTo(ExceptionState.OPEN);
        assertThat(item.ts()).isEqualTo(again.ts());
        assertThat(stack.stores.audit().forSubject("exception", id).stream().map(e -> e.action()).toList())
                .containsExactly("exception.snooze", "exception.snooze_ended");

        click(again, "gh_exception_assign", clock);
        var assigned = stack.slack.await("chat.update", c -> c.json("blocks").toString().contains("Assigned to <@" + REP + ">"),
                Duration.ofSeconds(15));
        assertThat(assigned.param("ts")).isEqualTo(again.ts());
    }
}
