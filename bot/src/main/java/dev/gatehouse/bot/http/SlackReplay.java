package dev.gatehouse.bot.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.gatehouse.engine.inbox.Handled;
import dev.gatehouse.engine.inbox.Inbox;
import dev.gatehouse.engine.inbox.StoredRequest;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Slack request kept in the durable inbox, run through Bolt exactly as it arrived: the same
 * body and Slack headers, the same listeners. Whether it is run right after its ack or replayed
 * after a restart, it is finished only when the work its listener queued on the after-ack pool
 * (the decision itself) has run.
 */
final class SlackReplay {
    private static final Logger log = LoggerFactory.getLogger(SlackReplay.class);
    static final String PATH = "/slack/events";

    private final App app;
    private final SlackRequestParser parser;
    private final AfterAck after;

    SlackReplay(App app, SlackRequestParser parser, AfterAck after) {
        this.app = app;
        this.parser = parser;
        this.after = after;
    }

    /** The headers a replay needs: the content type and Slack's own ({@code X-Slack-*}: signature, timestamp, retries). */
    static Map<String, String> headers(Context ctx) {
        var kept = new HashMap<String, String>();
        ctx.headerMap().forEach((name, value) -> {
            var lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("content-type") || lower.startsWith("x-slack-")) kept.put(name, value);
        });
        return kept;
    }

    /** Runs the request through Bolt on this thread; the result is Bolt's response, null for a body Bolt cannot read. */
    Handled<Response> run(StoredRequest stored) {
        Request<?> request;
        try {
            request = parser.parse(httpRequest(stored));
        } catch (RuntimeException e) {
            // a body Bolt cannot read (not Slack's form or JSON) changes nothing
            log.info("Inbox row {} is not a Slack request Bolt can read", stored.id());
            return new Handled<>(null, Inbox.finished());
        }
        try {
            var tracked = after.tracked(() -> app.run(request));
            return new Handled<>(tracked.result(), tracked.finished());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Bolt failed on inbox row " + stored.id(), e);
        }
    }

    private static SlackRequestParser.HttpRequest httpRequest(StoredRequest stored) {
        var headers = new HashMap<String, List<String>>();
        stored.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        return SlackRequestParser.HttpRequest.builder()
                .requestUri(PATH)
                .queryString(new HashMap<>())
                .headers(new RequestHeaders(headers))
                .requestBody(stored.text())
                .build();
    }
}
