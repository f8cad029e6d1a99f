package dev.gatehouse.bot.http;

import dev.gatehouse.engine.inbound.InboundWebhook;
import dev.gatehouse.engine.inbox.Inbox;
import dev.gatehouse.engine.inbox.InboxKind;
import dev.gatehouse.engine.signals.RequestSignature;
import io.javalin.http.Context;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/inbound-email}: replies posted by mail providers (signed like the signals API).
 * A signed, readable reply whose fields fit where they are stored ({@link EdgeLimits}) is stored in
 * the durable inbox and answered 202; it is then threaded, stored once and triaged (possibly by an
 * LLM) from the inbox, exactly as if it had been read over IMAP, so a slow model never holds the
 * provider's request and a restart loses nothing. Anything else is refused before the inbox, with
 * the field named: what is stored there must be processable.
 */
public final class InboundEmailEndpoint {
    private final SignedApi door;
    private final Inbox inbox;
    private final Clock clock;

    public InboundEmailEndpoint(Optional<RequestSignature> signature, Inbox inbox, Clock clock, SignedRequests signed) {
        this.door = new SignedApi(signature.map(s -> SignedRequests.Scheme.gatehouse("inbound", s)), signed,
                "the inbound email API is off: set GATEHOUSE_INBOUND_SECRET", SignalsEndpoint.MAX_BODY_BYTES * 10,
                "body is larger than 10 MB");
        this.inbox = inbox;
        this.clock = clock;
    }

    public void handle(Context ctx) {
        door.handle(ctx, this::receive);
    }

    private void receive(Context ctx) {
        switch (InboundWebhook.read(ctx.bodyAsBytes(), clock.instant())) {
            // read() refuses a body that is not a JSON object, or one without a sender
            case InboundWebhook.Result.Rejected rejected -> SignalsEndpoint.error(ctx, rejected.status(),
                    rejected.reason().startsWith("from") ? "from" : "body", rejected.reason());
            case InboundWebhook.Result.Accepted accepted -> {
                var problem = EdgeLimits.email(accepted.message());
                if (problem.isPresent()) {
                    SignalsEndpoint.error(ctx, 400, problem.get().field(), problem.get().field() + " " + problem.get().problem());
                    return;
                }
                var stored = inbox.store(InboxKind.INBOUND_EMAIL, Map.of(
                        InboundWebhook.TIMESTAMP_HEADER, ctx.header(InboundWebhook.TIMESTAMP_HEADER),
                        InboundWebhook.SIGNATURE_HEADER, ctx.header(InboundWebhook.SIGNATURE_HEADER)), ctx.bodyAsBytes());
                inbox.processLater(stored);
                SignalsEndpoint.json(ctx, 202, Map.of("status", "received"));
            }
        }
    }
}
