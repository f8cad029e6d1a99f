package dev.gatehouse.engine.inbox;

import dev.gatehouse.engine.inbound.InboundProcessor;
import dev.gatehouse.engine.inbound.InboundWebhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletionStage;

/**
 * Stored inbound emails: read the body kept at arrival (its signature was checked then) and
 * triage it as if it had come over IMAP. A second run is harmless: replies are deduplicated by
 * Message-ID, and a message without one gets the same content id because it keeps its arrival time.
 */
public final class InboundEmails implements InboxHandler {
    private static final Logger log = LoggerFactory.getLogger(InboundEmails.class);

    private final InboundProcessor inbound;

    public InboundEmails(InboundProcessor inbound) {
        this.inbound = inbound;
    }

    @Override
    public CompletionStage<?> handle(StoredRequest request) {
        switch (InboundWebhook.read(request.body(), request.receivedAt())) {
            case InboundWebhook.Result.Accepted accepted -> inbound.process(accepted.message());
            // it was read before it was stored, so only a change of format since can get here
            case InboundWebhook.Result.Rejected rejected ->
                    log.warn("Stored inbound email {} is not readable: {}", request.id(), rejected.reason());
        }
        return Inbox.finished();
    }
}
