package dev.gatehouse.bot.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.engine.inbox.Inbox;
import dev.gatehouse.engine.inbox.InboxKind;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Javalin ↔ Bolt: checks Slack's signature over the exact bytes received (once, here, so Bolt
 * is built with its own check off: its check bounds a timestamp's age on one side only, against
 * the system clock) with {@link SignedRequests}, and the request's shape with {@link SlackShape},
 * then turns the request into Bolt's and Bolt's response back.
 * One shortcut keeps acks fast under bursts: a signed, well-formed button click is answered 200
 * before Bolt runs it, because Slack reads nothing from a click's response. Clicks that open a modal are
 * the exception: they run through Bolt on the request thread, so {@code views.open} is called at
 * once (a trigger id lives 3 seconds and must not wait in a queue behind other clicks), and the
 * click is acknowledged after it.
 *
 * <p>Slack never retries a request it had an answer to, so what a person decided must be stored
 * before the answer: a click, and a modal submission, is one row in the durable {@link Inbox}
 * (the raw body and Slack's headers) before it is acknowledged, and is run through Bolt from that
 * row; the row is done once the work behind it has run, and a restart replays the rest. (A click
 * that opens a modal is not stored: it decides nothing, and its trigger would be stale on replay.)
 */
public final class BoltAdapter {
    private static final Logger log = LoggerFactory.getLogger(BoltAdapter.class);
    /** The clicks whose handler opens a modal on the click's trigger. */
    static final Set<String> MODAL_CLICKS = Set.of(ActionId.EDIT.wire(), ActionId.REJECT.wire(),
            ActionId.REPLY_EDIT.wire(), ActionId.SAMPLE_FLAG.wire(), ActionId.EXCEPTION_DISMISS.wire());
    private static final String ACTIONS = "%22actions%22%3A%5B";
    private static final String ACTION_ID = "%22action_id%22%3A%22";
    private static final String QUOTE = "%22";

    private final App app;
    private final SlackRequestParser parser;
    private final SignedRequests signed;
    private final SignedRequests.Scheme scheme;
    private final AfterAck buttons;
    private final Inbox inbox;
    private final SlackReplay replay;

    /**
     * @param buttons where button clicks are handled after their ack. A click needs nothing but a
     *                200 from us, so once its signature checks out it is acknowledged at once and
     *                handed to Bolt here; clicks that open a modal, and everything whose answer
     *                Slack reads (modal submissions, slash commands, events), go through Bolt on
     *                the request thread, before the response. While a request is being
     *                acknowledged here, the pool holds back (see {@link AfterAck}).
     * @param inbox   where clicks and modal submissions are stored before they are acknowledged; the
     *                adapter registers itself there to replay the ones a stopped instance left.
     * @param signed  the signature, time window and replay check every request passes first
     * @param unanswered  who tells a person that their replayed modal submission was refused
     */
    public BoltAdapter(App app, AfterAck buttons, Inbox inbox, SignedRequests signed, SlackReplay.Unanswered unanswered) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signed = signed;
        this.scheme = SignedRequests.Scheme.slack(app.config().getSigningSecret());
        this.buttons = buttons;
        this.inbox = inbox;
        this.replay = new SlackReplay(app, parser, buttons, unanswered);
        replay.recoverFrom(inbox);
    }

    public void handle(Context ctx) throws Exception {
        buttons.ackStarted();
        try {
            signed.handle(scheme, ctx, isRetriedEvent(ctx), this::answer);
        } finally {
            buttons.ackDone();
        }
    }

    private void answer(Context ctx) {
        var body = ctx.body();
        var problem = SlackShape.of(body);
        if (problem.isPresent() && problem.get().unreadable()) {
            SignalsEndpoint.error(ctx, 400, problem.get().field(), problem.get().field() + " " + problem.get().why());
            return;
        }
        if (problem.isPresent()) {
            ignore(ctx, problem.get());
            return;
        }
        if (isButtonClick(body) && !opensModal(body)) {
            var stored = inbox.store(InboxKind.SLACK_ACTION, SlackReplay.headers(ctx), ctx.bodyAsBytes());
            ctx.status(200);
            buttons.submit(() -> inbox.process(stored));
            return;
        }
        if (isViewSubmission(body)) {
            // Slack reads this answer (errors, an updated view), so it is run before the response
            var stored = inbox.store(InboxKind.SLACK_VIEW, SlackReplay.headers(ctx), ctx.bodyAsBytes());
            respond(inbox.process(stored, replay::run), ctx);
            return;
        }
        run(rawRequest(ctx), ctx);
    }

    /** Slack's own retry of an event it saw no answer to: handled again, and deduplicated by event id. */
    private static boolean isRetriedEvent(Context ctx) {
        return ctx.header("X-Slack-Retry-Num") != null && ctx.body().startsWith("{");
    }

    /** Hands the request to Bolt and writes Bolt's response. */
    private void run(SlackRequestParser.HttpRequest raw, Context ctx) {
        Request<?> request;
        try {
            request = parser.parse(raw);
        } catch (RuntimeException e) {
            request = null; // a body Bolt cannot read (not Slack's form or JSON)
        }
        if (request == null) {
            SignalsEndpoint.error(ctx, 400, "body", "not a Slack request Gatehouse reads");
            return;
        }
        Response response;
        try {
            response = app.run(request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (response != null && response.getStatusCode() == 404) {
            ignore(ctx, new SlackShape.Problem("body", "is nothing Gatehouse listens to", false)); // Bolt found no listener
        } else {
            respond(response, ctx);
        }
    }

    /** Not what Slack sends: Slack can do nothing with an error, so it is acknowledged and dropped, with one line in the log. */
    private static void ignore(Context ctx, SlackShape.Problem problem) {
        log.warn("Ignoring a signed Slack request: {} {}", problem.field(), problem.why());
        ctx.status(200);
    }

    private static void respond(Response response, Context ctx) {
        if (response == null) ctx.status(400).result("unsupported Slack request");
        else write(response, ctx);
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

    /** A view_submission payload, recognised the same way. */
    private static boolean isViewSubmission(String body) {
        return body.startsWith("payload=") && body.contains("%22type%22%3A%22view_submission%22");
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

    private static void write(Response response, Context ctx) {
        ctx.status(response.getStatusCode());
        for (Map.Entry<String, List<String>> header : response.getHeaders().entrySet()) {
            for (var value : header.getValue()) ctx.res().addHeader(header.getKey(), value);
        }
        if (response.getContentType() != null) ctx.contentType(response.getContentType());
        if (response.getBody() != null) ctx.result(response.getBody());
    }
}
