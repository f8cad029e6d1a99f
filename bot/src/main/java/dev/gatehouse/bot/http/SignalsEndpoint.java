package dev.gatehouse.bot.http;

import dev.gatehouse.engine.signals.RequestSignature;
import dev.gatehouse.engine.Signals;
import dev.gatehouse.engine.signals.SignalParser;
import dev.gatehouse.engine.config.Json;
import io.javalin.http.Context;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/signals}: HMAC-signed JSON, one signal or many. Unsigned or stale → 401,
 * over 1 MB → 413, invalid → 400 naming every bad field; nothing is stored unless all are valid.
 */
public final class SignalsEndpoint {
    public static final long MAX_BODY_BYTES = 1_000_000;

    private final Optional<RequestSignature> signature;
    private final Signals signals;
    private final SignalParser parser = new SignalParser();
    private final Clock clock;

    public SignalsEndpoint(Optional<RequestSignature> signature, Signals signals, Clock clock) {
        this.signature = signature;
        this.signals = signals;
        this.clock = clock;
    }

    public void handle(Context ctx) {
        if (signature.isEmpty()) {
            json(ctx, 503, Map.of("error", "the signals API is off: set GATEHOUSE_SIGNALS_SECRET to enable it"));
            return;
        }
        var declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            json(ctx, 413, Map.of("error", "body is larger than 1 MB; split the signals into several requests"));
            return;
        }
        var body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY_BYTES) {
            json(ctx, 413, Map.of("error", "body is larger than 1 MB; split the signals into several requests"));
            return;
        }
        if (!signature.get().verify(ctx.header("X-Gatehouse-Timestamp"), ctx.header("X-Gatehouse-Signature"), body,
                clock.instant())) {
            json(ctx, 401, Map.of("error", "missing, invalid or stale signature"));
            return;
        }
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (java.io.IOException e) {
            json(ctx, 400, Map.of("error", "body is not valid JSON"));
            return;
        }
        if (root == null) {
            json(ctx, 400, Map.of("error", "body is empty"));
            return;
        }
        var parsed = parser.parse(root, clock.instant());
        if (!parsed.ok()) {
            json(ctx, 400, Map.of("error", "invalid signals; nothing was stored", "errors", parsed.errors()));
            return;
        }
        var result = signals.ingest(parsed.signals(), "api");
        json(ctx, 202, Map.of("created", result.created(), "duplicates", result.duplicates()));
    }

    static void json(Context ctx, int status, Object body) {
        ctx.status(status).json(body);
    }

    /** A refusal naming the one field at fault: {@code {"error": ..., "field": ...}}. */
    static void error(Context ctx, int status, String field, String error) {
        json(ctx, status, Map.of("error", error, "field", field));
    }
}
