package dev.gatehouse.bot.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.pipeline.SignalIngest;
import dev.gatehouse.engine.Signals;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.signals.RequestSignature;
import dev.gatehouse.engine.signals.SignalParser;
import io.javalin.http.Context;

import dev.gatehouse.engine.Workspace;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code POST /api/signals}: HMAC-signed JSON, one signal or many. Unsigned, more than five
 * minutes from now either way, or a replay → 401; over 1 MB → 413; invalid (by the parser's rules
 * and the columns' sizes, see {@link EdgeLimits}) → 400 naming every bad field; nothing is stored
 * unless all are valid. A large batch goes as {@code application/x-ndjson} instead ({@link NdjsonSignals}).
 */
public final class SignalsEndpoint {
    public static final long MAX_BODY_BYTES = 1_000_000;

    private final SignedApi door;
    private final Signals signals;
    private final SignalParser parser = new SignalParser();
    private final Clock clock;

    /** @param rescoreRequest asked once after a streamed NDJSON batch is stored (the re-score of what it touched) */
    public SignalsEndpoint(Optional<RequestSignature> signature, Signals signals, Clock clock, SignedRequests signed,
                           Workspace workspace, Consumer<String> rescoreRequest, NdjsonLimits limits) {
        var scheme = signature.map(s -> SignedRequests.Scheme.gatehouse("signals", s));
        var ndjson = signature.map(s -> new NdjsonSignals(scheme.orElseThrow(), s, signed, workspace, rescoreRequest, limits, clock));
        this.door = new SignedApi(scheme, signed, "the signals API is off: set GATEHOUSE_SIGNALS_SECRET to enable it",
                MAX_BODY_BYTES, "body is larger than 1 MB; split the signals into several requests",
                ndjson.map(NdjsonSignals::streamed));
        this.signals = signals;
        this.clock = clock;
    }

    public void handle(Context ctx) {
        door.handle(ctx, this::ingest);
    }

    private void ingest(Context ctx) {
        var body = jsonBody(ctx);
        if (body.isEmpty()) return;
        var root = body.get();
        if (root.isMissingNode()) {
            error(ctx, 400, "body", "body is empty");
            return;
        }
        var parsed = parser.parse(root, clock.instant());
        var errors = parsed.ok() ? EdgeLimits.signals(parsed.signals()) : parsed.errors();
        if (!errors.isEmpty()) {
            json(ctx, 400, Map.of("error", "invalid signals; nothing was stored", "field", errors.getFirst().field(),
                    "errors", errors));
            return;
        }
        var result = signals.ingest(parsed.signals(), "api");
        json(ctx, 202, answer(result));
    }

    /** The ids stored, the duplicates, and for each account that has no company data yet, what that means. */
    static Map<String, Object> answer(SignalIngest.Result result) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("created", result.created());
        answer.put("duplicates", result.duplicates());
        if (!result.waiting().isEmpty()) {
            var accounts = new LinkedHashMap<String, String>();
            result.waiting().forEach(w -> accounts.put(w.domain(), (w.createdNow() ? "created without company data"
                    : "has no company data yet") + ": its signals are stored but it is not scored or drafted for until it has; "
                    + Account.HOW_TO_ADD_COMPANY_DATA));
            answer.put("accounts", accounts);
        }
        return answer;
    }

    static void json(Context ctx, int status, Object body) {
        ctx.status(status).json(body);
    }

    /** A refusal naming the one field at fault: {@code {"error": ..., "field": ...}}. */
    /**
     * The request's JSON (a missing node for an empty body), or empty once a 400 naming the body
     * has answered a body that is not JSON.
     */
    static Optional<JsonNode> jsonBody(Context ctx) {
        try {
            var root = Json.mapper().readTree(ctx.bodyAsBytes());
            return Optional.of(root == null ? MissingNode.getInstance() : root);
        } catch (IOException e) {
            error(ctx, 400, "body", "body is not valid JSON");
            return Optional.empty();
        }
    }

    static void error(Context ctx, int status, String field, String error) {
        json(ctx, status, Map.of("error", error, "field", field));
    }
}
