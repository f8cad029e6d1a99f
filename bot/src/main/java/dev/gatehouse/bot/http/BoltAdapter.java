package dev.gatehouse.bot.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.gatehouse.bot.codec.ActionId;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Javalin ↔ Bolt: checks Slack's signature over the exact bytes received (once, here, so Bolt
 * is built with its own check off), then turns the request into Bolt's and Bolt's response back.
 * One shortcut keeps acks fast under bursts: a signed button click is answered 200 before Bolt
 * decodes it, because Slack reads nothing from a click's response. Clicks that open a modal are
 * the exception: they run through Bolt on the request thread, so {@code views.open} is called at
 * once (a trigger id lives 3 seconds and must not wait in a queue behind other clicks), and the
 * click is acknowledged after it.
 */
public final class BoltAdapter {
    /** The clicks whose handler opens a modal on the click's trigger. */
    static final Set<String> MODAL_CLICKS = Set.of(ActionId.EDIT.wire(), ActionId.REJECT.wire(),
            ActionId.REPLY_EDIT.wire());
    private static final String ACTIONS = "%22actions%22%3A%5B";
    private static final String ACTION_ID = "%22action_id%22%3A%22";
    private static final String QUOTE = "%22";

    private final App app;
    private final SlackRequestParser parser;
    private final com.slack.api.app_backend.SlackSignature.Verifier signature;
    private final AfterAck buttons;

    /**
     * @param buttons where button clicks are handled after their ack. A click needs nothing but a
     *                200 from us, so once its signature checks out it is acknowledged at once and
     *                handed to Bolt here; clicks that open a modal, and everything whose answer
     *                Slack reads (modal submissions, slash commands, events), go through Bolt on
     *                the request thread, before the response. While a request is being
     *                acknowledged here, the pool holds back (see {@link AfterAck}).
     */
    public BoltAdapter(App app, AfterAck buttons) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signature = new com.slack.api.app_backend.SlackSignature.Verifier(
                new com.slack.api.app_backend.SlackSignature.Generator(app.config().getSigningSecret()));
        this.buttons = buttons;
    }

    public void handle(Context ctx) throws Exception {
        buttons.ackStarted();
        try {
            acknowledge(ctx);
        } finally {
            buttons.ackDone();
        }
    }

    private void acknowledge(Context ctx) {
        if (!signed(ctx)) {
            ctx.status(401).result("invalid or stale Slack signature");
            return;
        }
        var raw = rawRequest(ctx);
        if (isButtonClick(ctx.body()) && !opensModal(ctx.body())) {
            ctx.status(200);
            buttons.submit(() -> run(raw, null));
            return;
        }
        run(raw, ctx);
    }

    /** Hands the request to Bolt and, when {@code ctx} is given, writes Bolt's response to it. */
    private void run(SlackRequestParser.HttpRequest raw, Context ctx) {
        Request<?> request;
        try {
            request = parser.parse(raw);
        } catch (RuntimeException e) {
            // a body Bolt cannot read (not Slack's form or JSON) changes nothing: say so, never a 500
            request = null;
        }
        if (ctx == null) {
            try {
                if (request != null) app.run(request);
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(BoltAdapter.class).error("A button click failed after its ack", e);
            }
            return;
        }
        if (request == null) {
            ctx.status(400).result("unsupported Slack request");
            return;
        }
        try {
            write(app.run(request), ctx);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static SlackRequestParser.HttpRequest rawRequest(Context ctx) {
        var headers = new HashMap<String, List<String>>();
        for (var name : ctx.headerMap().keySet()) {
            headers.put(name, ctx.req().getHeaders(name) == null ? List.of(ctx.header(name))
                    : java.util.Collections.list(ctx.req().getHeaders(name)));
        }
        return SlackRequestParser.HttpRequest.builder()
                .requestUri(ctx.path())
                .queryString(new HashMap<String, List<String>>(ctx.queryParamMap()))
                .headers(new RequestHeaders(headers))
                .requestBody(ctx.body())
                .remoteAddress(ctx.ip())
                .build();
    }

    /** A block_actions payload, recognised without decoding it (Slack puts the payload's type first). */
    private static boolean isButtonClick(String body) {
        return body.startsWith("payload=") && body.contains("%22type%22%3A%22block_actions%22");
    }

    /** A click on a button whose handler opens a modal: it must reach Bolt before the ack. */
    static boolean opensModal(String body) {
        return clickedActionId(body).filter(MODAL_CLICKS::contains).isPresent();
    }

    /**
     * The action_id of the clicked element, read from the still URL-encoded body: the first
     * action_id after the payload's {@code "actions":[} key. (The message's own blocks, which Slack
     * echoes too, name every button; a quote inside a string value is escaped, so the key cannot
     * be faked by message text.)
     */
    static Optional<String> clickedActionId(String body) {
        int actions = body.indexOf(ACTIONS);
        if (actions < 0) return Optional.empty();
        int start = body.indexOf(ACTION_ID, actions);
        if (start < 0) return Optional.empty();
        start += ACTION_ID.length();
        int end = body.indexOf(QUOTE, start);
        if (end < 0 || end - start > 255) return Optional.empty();
        return Optional.of(java.net.URLDecoder.decode(body.substring(start, end), java.nio.charset.StandardCharsets.UTF_8));
    }

    private boolean signed(Context ctx) {
        return signature.isValid(ctx.header(com.slack.api.app_backend.SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
                ctx.body(), ctx.header(com.slack.api.app_backend.SlackSignature.HeaderNames.X_SLACK_SIGNATURE));
    }

    private static void write(Response response, Context ctx) {
        ctx.status(response.getStatusCode());
        for (Map.Entry<String, List<String>> header : response.getHeaders().entrySet()) {
            for (var value : header.getValue()) ctx.res().addHeader(header.getKey(), value);
        }
        if (response.getContentType() != null) ctx.contentType(response.getContentType());
        if (response.getBody() != null) ctx.result(response.getBody());
    }
}
