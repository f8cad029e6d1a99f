package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.replies.ingest.ImapCursor;
import dev.gatehouse.engine.replies.ingest.ImapPoller;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads new mail from the reply mailbox and hands each message to the processor. The cursor
 * lives in memory: after a restart the poller starts from unseen mail, and whatever was already
 * stored is recognised by its Message-ID and ignored.
 */
public final class InboxWatcher {
    private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

    private final ImapPoller poller;
    private final InboundProcessor processor;
    private ImapCursor cursor = ImapCursor.START;

    public InboxWatcher(ImapPoller poller, InboundProcessor processor) {
        this.poller = poller;
        this.processor = processor;
    }

    /** One poll; returns how many new replies were handled (duplicates not counted). */
    public synchronized int pollOnce() throws MessagingException {
        var result = poller.poll(cursor);
        int handled = 0;
        for (var message : result.messages()) {
            try {
                if (processor.process(message) instanceof InboundProcessor.Outcome.Handled) handled++;
            } catch (RuntimeException e) {
                log.warn("Could not process inbound message {}: {}", message.messageId(), e.toString());
            }
        }
        cursor = result.cursor();
        return handled;
    }
}
