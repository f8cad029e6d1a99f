package dev.gatehouse.engine.jobs;

import dev.gatehouse.engine.replies.ingest.ImapPoller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Keeps an IMAP IDLE open on the sending mailbox so a reply is read seconds after it lands (a
 * hot escalation must reach its owner fast). Where the server has no IDLE this is a slow poll;
 * the recurring {@code mailbox-poll} job stays as the safety net either way.
 */
public final class MailboxWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MailboxWatch.class);

    private final ImapPoller poller;
    private final MailboxPolling polling;
    private final Duration maxIdle;
    private volatile boolean running = true;
    private final Thread thread;

    public MailboxWatch(ImapPoller poller, MailboxPolling polling, Duration maxIdle) {
        this.poller = poller;
        this.polling = polling;
        this.maxIdle = maxIdle;
        this.thread = Thread.ofPlatform().daemon().name("mailbox-watch").unstarted(this::loop);
    }

    public MailboxWatch start() {
        thread.start();
        return this;
    }

    private void loop() {
        while (running) {
            try {
                poller.awaitNewMail(maxIdle);
                if (running) polling.pollOnce();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                log.warn("Watching the mailbox failed; retrying in 30 s: {}", e.toString());
                sleep(Duration.ofSeconds(30));
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
