package dev.gatehouse.bot.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import dev.gatehouse.bot.render.Ephemeral;
import dev.gatehouse.bot.render.RenderedMessage;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.inbox.Handled;
import dev.gatehouse.engine.inbox.InboxKind;
import dev.gatehouse.engine.inbox.Inbox;
import dev.gatehouse.engine.inbox.StoredRequest;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Slack request kept in the durable inbox, run through Bolt exactly as it arrived: the same
 * body and Slack headers, the same listeners. Whether it is run right after its ack or replayed
 * after a restart, it is finished only when the work its listener queued on the after-ack pool
 * (the decision itself) has run.
 */
public final class SlackReplay {
    private static final Logger log = LoggerFactory.getLogger(SlackReplay.class);
    static final String PATH = "/slack/events";
    /** Marks a row stored from Socket Mode: its body is the payload's JSON, and it carries no signature. */
    static final String SOCKET_MODE = "X-Gatehouse-Socket-Mode";

    /** Who tells a person that a modal submission replayed after a restart was refused (the modal is gone). */
    @FunctionalInterface
    public interface Unanswered {
        void tell(String user, RenderedMessage message);
    }

    private final App app;
    private final SlackRequestParser parser;
    private final AfterAck after;
    private final Unanswered unanswered;

    SlackReplay(App app, SlackRequestParser parser, AfterAck after, Unanswered unanswered) {
        this.app = app;
        this.parser = parser;
        this.after = after;
        this.unanswered = unanswered;
    }

    /**
     * Makes this instance finish what a stopped one stored and did not: clicks are run as they
     * arrived; a modal submission too, and when Bolt answers it with errors (which only the modal,
     * long closed, could have shown), the person who submitted it is told in a direct message.
     */
    void recoverFrom(Inbox inbox) {
        inbox.handle(InboxKind.SLACK_ACTION, stored -> run(stored).finished());
        inbox.handle(InboxKind.SLACK_VIEW, stored -> {
            var handled = run(stored);
            var problems = refusal(handled.result());
            if (!problems.isEmpty()) submitter(stored).ifPresent(user -> unanswered.tell(user,
                    Ephemeral.submissionNotSaved(problems)));
            return handled.finished();
        });
    }

    /** Whether {@code request} is a replay of a stored Socket Mode row (not a live envelope). */
    static boolean replayed(Request<?> request) {
        return request.getHeaders() != null && request.getHeaders().getFirstValue(SOCKET_MODE) != null;
    }

    /** The messages of a {@code response_action: errors} answer; empty for any other answer. */
    static List<String> refusal(Response response) {
        if (response == null || response.getBody() == null || response.getBody().isBlank()) return List.of();
        try {
            var answer = Json.mapper().readTree(response.getBody());
            if (!"errors".equals(answer.path("response_action").asText())) return List.of();
            var messages = new java.util.ArrayList<String>();
            answer.path("errors").forEach(message -> messages.add(message.asText()));
            return messages.isEmpty() ? List.of("it was refused") : messages;
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private Optional<String> submitter(StoredRequest stored) {
        try {
            return parser.parse(httpRequest(stored)) instanceof ViewSubmissionRequest view
                    ? Optional.ofNullable(view.getPayload().getUser()).map(u -> u.getId())
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
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
        return tracked(after, () -> app.run(request), stored.id());
    }

    /**
     * Runs Bolt's work on this thread, tracked on {@code after}: the row is finished when the work and
     * everything it queued after the ack have run.
     */
    static Handled<Response> tracked(AfterAck after, java.util.concurrent.Callable<Response> bolt, long row) {
        try {
            var tracked = after.tracked(bolt);
            return new Handled<>(tracked.result(), tracked.finished());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Bolt failed on inbox row " + row, e);
        }
    }

    private static SlackRequestParser.HttpRequest httpRequest(StoredRequest stored) {
        var headers = new HashMap<String, List<String>>();
        stored.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        return SlackRequestParser.HttpRequest.builder()
                .socketMode(stored.header(SOCKET_MODE).isPresent())
                .requestUri(PATH)
                .queryString(new HashMap<>())
                .headers(new RequestHeaders(headers))
                .requestBody(stored.text())
                .build();
    }
}
