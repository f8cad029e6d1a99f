package dev.gatehouse.engine.jobs;

import dev.gatehouse.engine.replies.ingest.ImapPoller;
import dev.gatehouse.engine.replies.ingest.InboundMessage;
import dev.gatehouse.engine.store.CursorStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * One poll of the sending mailbox: new messages since the stored cursor go to the inbound
 * processor, then the cursor moves on. A message the processor fails on is logged and skipped,
 * so one bad message cannot block the mailbox; the ones handled are stored once by Message-ID.
 * Polls on one instance run one at a time.
 */
public final class MailboxPolling {
    private static final Logger log = LoggerFactory.getLogger(MailboxPolling.class);

    private final ImapPoller poller;
    private final CursorStore cursors;
    private final Consumer<InboundMessage> processor;
    private long lastPollNanos;
    private boolean polled;

    public MailboxPolling(ImapPoller poller, CursorStore cursors, Consumer<InboundMessage> processor) {
        this.poller = poller;
        this.cursors = cursors;
        this.processor = processor;
    }

    /** Returns how many new messages were read (each was handed on, or logged when it failed). */
    public synchronized int pollOnce() {
        lastPollNanos = System.nanoTime();
        polled = true;
        try {
            var result = poller.poll(cursors.imapCursor());
            for (var message : result.messages()) {
                try {
                    processor.accept(message);
                } catch (RuntimeException e) {
                    log.warn("Could not process inbound message {}: {}", message.messageId(), e.toString());
                }
            }
            cursors.save(result.cursor());
            return result.messages().size();
        } catch (jakarta.mail.MessagingException e) {
            log.warn("Polling the mailbox failed; will retry: {}", e.getMessage());
            return 0;
        }
    }

    /** Polls until a poll finds nothing new (mail that lands while one poll runs is read by the next). */
    public int drain() {
        int total = 0;
        for (int read = pollOnce(); read > 0; read = pollOnce()) total += read;
        return total;
    }

    /** The safety-net poll: reads the mailbox only when nothing has polled it for {@code quiet}. */
    public synchronized int pollIfQuietFor(Duration quiet) {
        if (polled && System.nanoTime() - lastPollNanos < quiet.toNanos()) return 0;
        return drain();
    }
}
