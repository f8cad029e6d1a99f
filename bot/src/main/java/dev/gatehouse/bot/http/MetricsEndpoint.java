package dev.gatehouse.bot.http;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * {@code GET /metrics}: the registry's Prometheus text, for a scraper that sends
 * {@code Authorization: Bearer <GATEHOUSE_METRICS_TOKEN>}. Without the setting the endpoint is off
 * (404): the series name accounts, rejection reasons and spend, and the port also faces Slack, so
 * nothing is served to whoever reaches it. A missing or wrong token gets 401. The token is compared
 * as a hash, in constant time, and never logged.
 */
final class MetricsEndpoint {
    /** The Prometheus text exposition format. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final String BEARER = "Bearer ";

    private final PrometheusMeterRegistry meters;
    private final Optional<byte[]> token;

    MetricsEndpoint(PrometheusMeterRegistry meters, Optional<String> token) {
        this.meters = meters;
        this.token = token.map(MetricsEndpoint::sha256);
    }

    void handle(Context ctx) {
        if (token.isEmpty()) {
            SignalsEndpoint.error(ctx, 404, "GATEHOUSE_METRICS_TOKEN",
                    "metrics are off: set GATEHOUSE_METRICS_TOKEN and scrape with Authorization: Bearer <token>");
            return;
        }
        var authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.startsWith(BEARER)
                || !MessageDigest.isEqual(token.get(), sha256(authorization.substring(BEARER.length()).trim()))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"gatehouse-metrics\"");
            SignalsEndpoint.error(ctx, 401, "Authorization", "a bearer token (GATEHOUSE_METRICS_TOKEN) is required");
            return;
        }
        ctx.contentType(CONTENT_TYPE).result(meters.scrape());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
