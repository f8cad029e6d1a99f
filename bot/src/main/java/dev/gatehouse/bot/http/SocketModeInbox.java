package dev.gatehouse.bot.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.gatehouse.engine.inbox.Inbox;
import dev.gatehouse.engine.inbox.InboxKind;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Socket Mode's clicks and modal submissions through the durable inbox, as {@link BoltAdapter} does
 * for HTTP: Bolt acknowledges an envelope with what {@code app.run} returns, so this middleware
 * stores the payload (one inbox row) before the listener runs, and the row is done when the work
 * the listener queued after its ack has finished. A restart replays what was stored and not done.
 * Clicks that open a modal are not stored (they decide nothing, and their trigger would be stale on
 * replay), nor is anything else (commands and events are answered or retried by Slack).
 */
public final class SocketModeInbox implements Middleware {
    private final Inbox inbox;
    private final AfterAck after;

    public SocketModeInbox(App app, AfterAck after, Inbox inbox, SlackReplay.Unanswered unanswered) {
        this.inbox = inbox;
        this.after = after;
        new SlackReplay(app, new SlackRequestParser(app.config()), after, unanswered).recoverFrom(inbox);
    }

    /** Puts the middleware in front of every listener of {@code app}. */
    public SocketModeInbox register(App app) {
        app.use(this);
        return this;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        var kind = durableKind(req);
        if (kind == null) return chain.next(req);
        var stored = inbox.store(kind, Map.of(SlackReplay.SOCKET_MODE, "1", "Content-Type", "application/json"),
                req.getRequestBodyAsString().getBytes(StandardCharsets.UTF_8));
        var response = inbox.process(stored, row -> SlackReplay.tracked(after, () -> chain.next(req), row.id()));
        // null: another instance holds the row (it cannot, being just stored here) — ack regardless
        return response == null ? Response.ok() : response;
    }

    /** The inbox kind of a live Socket Mode click or submission; null for anything not stored. */
    private static InboxKind durableKind(Request<?> req) {
        if (!req.isSocketMode() || SlackReplay.replayed(req)) return null;
        if (req instanceof ViewSubmissionRequest) return InboxKind.SLACK_VIEW;
        if (req instanceof BlockActionRequest click) {
            var actions = click.getPayload().getActions();
            boolean opensModal = actions != null && !actions.isEmpty()
                    && SlackShape.MODAL_CLICKS.contains(actions.getFirst().getActionId());
            return opensModal ? null : InboxKind.SLACK_ACTION;
        }
        return null;
    }
}
