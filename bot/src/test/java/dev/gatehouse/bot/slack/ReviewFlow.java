package dev.gatehouse.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.bot.codec.ActionValue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A running bot with one review message posted, and the clicks a person makes on it. Sends are
 * held (the only send day is days away in the recipient's zone) until {@link #sendNow} brings the
 * slot forward, so an approval can be undone before its email goes out without racing it.
 */
final class ReviewFlow implements AutoCloseable {
    static final String STRANGER = "U0STRANGER";
    private static final String FUNDING = """
            {"account_domain":"northwind.example","kind":"funding",
             "summary":"Northwind Freight raised a $20M Series B led by Harbor Ventures",
             "source_url":"https://news.example.com/northwind-series-b","source":"newsfeed","external_id":"nw-b"}
            """;

    final GatehouseStack stack;
    final SlackPayloads payloads;
    final GatehouseStack.Posted review;
    final long touchId;

    ReviewFlow(GreenMailExtension mail) throws Exception {
        var sendDay = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(3).getDayOfWeek().name().substring(0, 3);
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_SWEEP_SECONDS", "1", "SEND_DAYS", sendDay));
        stack.seedWorkspace();
        payloads = new SlackPayloads(stack.url("/slack/events"), GatehouseStack.SIGNING_SECRET);
        if (stack.postSignals(FUNDING).statusCode() != 202) throw new IllegalStateException("signal refused");
        review = stack.awaitReviewMessage(Duration.ofSeconds(30));
        touchId = ActionValue.decode(review.buttonValue("gh_edit").orElseThrow()).id();
    }

    /** Clicks a button of the original review message. */
    HttpResponse<String> click(String user, String actionId) throws Exception {
        return click(user, actionId, review.buttonValue(actionId).orElseThrow());
    }

    HttpResponse<String> click(String user, String actionId, String value) throws Exception {
        return stack.slackRequests.post(SlackRequests.blockAction(user, review.channel(), review.ts(), actionId, value));
    }

    /** The message as the latest chat.update matching {@code text} left it. */
    GatehouseStack.Posted awaitUpdate(String text) throws InterruptedException {
        var update = stack.slack.await("chat.update", c -> c.json("blocks").toString().contains(text), Duration.ofSeconds(15));
        return new GatehouseStack.Posted(update.param("channel"), update.param("ts"), update.json("blocks"));
    }

    JsonNode awaitModal(String callbackId) throws InterruptedException {
        return stack.slack.await("views.open", c -> c.json("view").path("callback_id").asText().equals(callbackId),
                Duration.ofSeconds(10)).json("view");
    }

    /** The approved email's slot arrives: the sweeper sends what is due. */
    void sendNow() {
        dev.gatehouse.engine.store.TestDatabase.execute("update outbox set not_before = now() where touch_id = " + touchId);
    }

    String outboxStatus() {
        return stack.stores.outbox().forTouch(touchId).map(m -> m.status().wire()).orElse("none");
    }

    static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not met within " + timeout);
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws Exception {
        stack.close();
    }
}
