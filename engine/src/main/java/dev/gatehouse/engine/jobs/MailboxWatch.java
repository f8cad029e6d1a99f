package dev.gatehouse.engine.jobs;

import dev.gatehouse.engine.replies.ingest.ImapCadence;
import dev.gatehouse.engine.replies.ingest.ImapPoller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Keeps an IMAP IDLE open on the sending mailbox so a reply is read seconds after it lands (a
 * hot escalation must reach its owner fast). After each wake-up it reads until nothing new is
 * left, so a burst of replies is read at once; with nothing arriving it polls every
 * {@link ImapCadence#backupPoll()} anyway, or every {@link ImapCadence#pollWithoutIdle()} where
 * the server has no IDLE. Everything goes over the poller's one kept connection.
 */
public final class MailboxWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MailboxWatch.class);

    private final ImapPoller poller;
    private final MailboxPolling polling;
    private final ImapCadence cadence;
    private volatile boolean running = true;
    private final Thread thread;

    public MailboxWatch(ImapPoller poller, MailboxPolling polling, ImapCadence cadence) {
        this.poller = poller;
        this.polling = polling;
        this.cadence = cadence;
        this.thread = Thread.ofPlatform().daemon().name("mailbox-watch").unstarted(this::loop);
    }

    public MailboxWatch start() {
        thread.start();
        return this;
    }

    /**
     * The durable job's safety net: polls only when the watch itself has not polled for a backup
     * interval, so a healthy IDLE is not interrupted every few seconds.
     */
    public int backupPoll() {
        return polling.pollIfQuietFor(cadence.backupPoll());
    }

    private void loop() {
        while (running) {
            try {
                polling.drain();
                if (!running) return;
                poller.awaitNewMail(poller.idleSupported() ? cadence.backupPoll() : cadence.pollWithoutIdle());
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

    /** Stops watching and logs out of the mailbox. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        poller.close();
    }
}
