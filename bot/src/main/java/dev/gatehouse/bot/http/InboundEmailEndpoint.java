package dev.gatehouse.bot.http;

import dev.gatehouse.engine.inbound.InboundProcessor;
import dev.gatehouse.engine.inbound.InboundWebhook;
import io.javalin.http.Context;

import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/inbound-email}: replies posted by mail providers (signed like the signals API).
 * Each is threaded, stored once and triaged exactly as if it had been read over IMAP.
 */
public final class InboundEmailEndpoint {
    private final Optional<InboundWebhook> webhook;
    private final InboundProcessor inbound;

    public InboundEmailEndpoint(Optional<InboundWebhook> webhook, InboundProcessor inbound) {
        this.webhook = webhook;
        this.inbound = inbound;
    }

    public void handle(Context ctx) {
        if (webhook.isEmpty()) {
            SignalsEndpoint.json(ctx, 503, Map.of("error", "the inbound email API is off: set GATEHOUSE_INBOUND_SECRET"));
            return;
        }
        if (ctx.req().getContentLengthLong() > SignalsEndpoint.MAX_BODY_BYTES * 10) {
            SignalsEndpoint.json(ctx, 413, Map.of("error", "body is larger than 10 MB"));
            return;
        }
        switch (webhook.get().parse(ctx.header(InboundWebhook.TIMESTAMP_HEADER), ctx.header(InboundWebhook.SIGNATURE_HEADER),
                ctx.bodyAsBytes())) {
            case InboundWebhook.Result.Rejected rejected ->
                    SignalsEndpoint.json(ctx, rejected.status(), Map.of("error", rejected.reason()));
            case InboundWebhook.Result.Accepted accepted -> {
                inbound.process(accepted.message());
                SignalsEndpoint.json(ctx, 200, Map.of("status", "received"));
            }
        }
    }
}
