package dev.gatehouse.engine.jobs;

import dev.gatehouse.engine.replies.ingest.ImapPoller;
import dev.gatehouse.engine.replies.ingest.InboundMessage;
import dev.gatehouse.engine.store.CursorStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * One poll of the sending mailbox: new messages since the stored cursor go to the inbound
 * processor, then the cursor moves on. A message the processor fails on is logged and skipped,
 * so one bad message cannot block the mailbox; the ones handled are stored once by Message-ID.
 */
public final class MailboxPolling {
    private static final Logger log = LoggerFactory.getLogger(MailboxPolling.class);

    private final ImapPoller poller;
    private final CursorStore cursors;
    private final Consumer<InboundMessage> processor;

    public MailboxPolling(ImapPoller poller, CursorStore cursors, Consumer<InboundMessage> processor) {
        this.poller = poller;
        this.cursors = cursors;
        this.processor = processor;
    }

    /** Returns how many messages were handed on. */
    public int pollOnce() {
        try {
            var result = poller.poll(cursors.imapCursor());
            int handled = 0;
            for (var message : result.messages()) {
                try {
                    processor.accept(message);
                    handled++;
                } catch (RuntimeException e) {
                    log.warn("Could not process inbound message {}: {}", message.messageId(), e.toString());
                }
            }
            cursors.save(result.cursor());
            return handled;
        } catch (jakarta.mail.MessagingException e) {
            log.warn("Polling the mailbox failed; will retry: {}", e.getMessage());
            return 0;
        }
    }
}
