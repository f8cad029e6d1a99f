package dev.gatehouse.bot.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;

import java.util.concurrent.TimeUnit;

/**
 * {@code http_server_requests_seconds{method,uri,status,outcome,exception}} for every request,
 * tagged the way Micrometer's own HTTP instrumentations tag them. {@code uri} is the matched
 * route's template ({@code /u/{token}}), never the raw path: an unsubscribe token is a secret,
 * and one series per token would grow without bound. Unmatched paths are {@code NOT_FOUND}.
 */
final class RequestMeters {
    static final String EXCEPTION = "gatehouse.metrics.exception";
    private static final String STARTED = "gatehouse.metrics.started";

    private final MeterRegistry meters;

    RequestMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    void register(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        routes.after(this::record);
    }

    /** Called from the exception handler, so the request's timer names what was thrown. */
    static void failed(Context ctx, Exception e) {
        ctx.attribute(EXCEPTION, e.getClass().getSimpleName());
    }

    private void record(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) return;
        var status = ctx.statusCode();
        String exception = ctx.attribute(EXCEPTION);
        Timer.builder("http.server.requests")
                .description("HTTP requests the server answered.")
                .tag("method", method(ctx))
                .tag("uri", uri(ctx, status))
                .tag("status", Integer.toString(status))
                .tag("outcome", Outcome.forStatus(status).name())
                .tag("exception", exception == null ? "none" : exception)
                .register(meters)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    /** Any other method token a client sends would be a new series. */
    private static String method(Context ctx) {
        return HandlerType.commonHttp().contains(ctx.method()) ? ctx.method().name() : "UNKNOWN";
    }

    private static String uri(Context ctx, int status) {
        var endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) return endpoint.path;
        if (status == 404) return "NOT_FOUND";
        return status >= 300 && status < 400 ? "REDIRECTION" : "UNKNOWN";
    }
}
