package dev.gatehouse.bot.http;

import dev.gatehouse.engine.inbound.InboundWebhook;
import dev.gatehouse.engine.inbox.Inbox;
import dev.gatehouse.engine.inbox.InboxKind;
import io.javalin.http.Context;

import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/inbound-email}: replies posted by mail providers (signed like the signals API).
 * A signed, readable reply is stored in the durable inbox and answered 202; it is then threaded,
 * stored once and triaged (possibly by an LLM) from the inbox, exactly as if it had been read over
 * IMAP, so a slow model never holds the provider's request and a restart loses nothing.
 */
public final class InboundEmailEndpoint {
    private final Optional<InboundWebhook> webhook;
    private final Inbox inbox;

    public InboundEmailEndpoint(Optional<InboundWebhook> webhook, Inbox inbox) {
        this.webhook = webhook;
        this.inbox = inbox;
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
        var timestamp = ctx.header(InboundWebhook.TIMESTAMP_HEADER);
        var signature = ctx.header(InboundWebhook.SIGNATURE_HEADER);
        switch (webhook.get().parse(timestamp, signature, ctx.bodyAsBytes())) {
            case InboundWebhook.Result.Rejected rejected ->
                    SignalsEndpoint.json(ctx, rejected.status(), Map.of("error", rejected.reason()));
            case InboundWebhook.Result.Accepted accepted -> {
                var stored = inbox.store(InboxKind.INBOUND_EMAIL, Map.of(InboundWebhook.TIMESTAMP_HEADER, timestamp,
                        InboundWebhook.SIGNATURE_HEADER, signature), ctx.bodyAsBytes());
                inbox.processLater(stored);
                SignalsEndpoint.json(ctx, 202, Map.of("status", "received"));
            }
        }
    }
}
