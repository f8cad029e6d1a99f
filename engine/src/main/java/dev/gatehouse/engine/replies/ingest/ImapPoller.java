package dev.gatehouse.engine.replies.ingest;

import dev.gatehouse.engine.delivery.MailConfig;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads new mail from one IMAP folder over one kept connection ({@link ImapConnection}: read-only,
 * bodies fetched with PEEK, so the person's mailbox shows every message as they left it). With a
 * cursor valid for the folder's UIDVALIDITY it takes every message above the cursor's UID (so a
 * reply a person already opened in their mail client is not missed); without one (first run, or
 * the server renumbered the folder) it takes the messages not flagged \Seen.
 */
public final class ImapPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImapPoller.class);
    private static final Duration POKE_EVERY = Duration.ofMillis(250);

    private final MimeParser parser;
    private final Semaphore arrivals = new Semaphore(0);
    private final ImapConnection connection;

    public ImapPoller(MailConfig.Imap imap, String folderName, MimeParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.connection = new ImapConnection(imap, folderName, new MessageCountAdapter() {
            @Override
            public void messagesAdded(MessageCountEvent event) {
                arrivals.release();
            }
        });
    }

    public PollResult poll(ImapCursor cursor) throws MessagingException {
        return connection.call(folder -> read(folder, cursor));
    }

    private PollResult read(IMAPFolder folder, ImapCursor cursor) throws MessagingException {
        // a kept connection learns of new mail from the server's EXISTS, which may trail a FETCH: ask first
        folder.doCommand(protocol -> {
            protocol.noop();
            return null;
        });
        long uidValidity = folder.getUIDValidity();
        boolean resume = cursor.validFor(uidValidity);
        // read before searching: anything that arrives meanwhile gets a higher UID, for the next poll
        long startAt = resume ? cursor.lastUid() : topUid(folder);
        Message[] candidates = resume
                ? folder.getMessagesByUID(cursor.lastUid() + 1, UIDFolder.MAXUID)
                : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        long floor = resume ? cursor.lastUid() : 0;
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(candidates, profile);
        List<Message> fresh = Arrays.stream(candidates)
                .filter(Objects::nonNull)
                .filter(m -> uid(folder, m) > floor) // "n:*" also returns the last message when n > max UID
                .sorted(Comparator.comparingLong(m -> uid(folder, m)))
                .toList();
        List<InboundMessage> parsed = new ArrayList<>();
        long highest = startAt;
        for (Message message : fresh) {
            try {
                parsed.add(read((MimeMessage) message));
            } catch (FolderClosedException | StoreClosedException e) {
                throw e; // the connection dropped: read the whole batch again, skip nothing
            } catch (MessagingException | RuntimeException e) {
                // one unreadable message must not block the mailbox forever
                LOG.warn("skipping unreadable message uid={}: {}", uid(folder, message), e.toString());
            }
            highest = Math.max(highest, uid(folder, message));
        }
        return new PollResult(parsed, new ImapCursor(uidValidity, highest));
    }

    /** Whether the server offers IDLE (logs in to find out when not yet connected). */
    public boolean idleSupported() throws MessagingException {
        connection.folder();
        return connection.idleSupported();
    }

    /**
     * Blocks until the folder reports new mail or {@code max} passes, using IMAP IDLE on the kept
     * connection when the server offers it and a plain wait otherwise. Returns at once when mail
     * arrived since the last call (seen during a poll, or just before the IDLE began), so a poll
     * afterwards never leaves a message waiting for the next wake-up.
     */
    public void awaitNewMail(Duration max) throws MessagingException, InterruptedException {
        if (arrivals.tryAcquire()) {
            arrivals.drainPermits();
            return;
        }
        IMAPFolder folder = connection.folder();
        if (!connection.idleSupported()) {
            arrivals.tryAcquire(max.toMillis(), TimeUnit.MILLISECONDS);
            arrivals.drainPermits();
            return;
        }
        AtomicBoolean idling = new AtomicBoolean(true);
        Thread waker = Thread.ofVirtual().start(() -> wakeOnArrivalOrDeadline(folder, max, idling));
        try {
            folder.idle(true);
        } catch (FolderClosedException | StoreClosedException e) {
            LOG.info("IMAP connection dropped while idle ({}); the next poll logs in again", e.getMessage());
            connection.disconnect();
        } finally {
            idling.set(false);
            waker.interrupt();
            arrivals.drainPermits();
        }
    }

    /**
     * Ends the IDLE when a message arrives (also one announced just before the IDLE began, which
     * the server does not repeat) or at the deadline. Angus ends an IDLE when another thread uses
     * the folder; the IDLE may start after the first poke, so poke until it is over.
     */
    private void wakeOnArrivalOrDeadline(IMAPFolder folder, Duration max, AtomicBoolean idling) {
        try {
            arrivals.tryAcquire(max.toMillis(), TimeUnit.MILLISECONDS);
            while (idling.get()) {
                folder.doCommand(protocol -> null);
                Thread.sleep(POKE_EVERY);
            }
        } catch (InterruptedException | MessagingException | RuntimeException e) {
            LOG.debug("IDLE waker ended: {}", e.toString());
        }
    }

    /** Logs out. */
    @Override
    public void close() {
        connection.close();
    }

    private InboundMessage read(MimeMessage message) throws MessagingException {
        Instant received = message.getReceivedDate() == null ? null : message.getReceivedDate().toInstant();
        MimeMessage copy = new MimeMessage(message); // one FETCH of the whole message
        return received == null ? parser.parse(copy) : parser.parse(copy, received);
    }

    /** The highest UID in use now: the last message's (kept current by EXISTS on the open folder) or UIDNEXT − 1. */
    private static long topUid(IMAPFolder folder) throws MessagingException {
        int count = folder.getMessageCount();
        long last = count == 0 ? 0 : folder.getUID(folder.getMessage(count));
        return Math.max(last, folder.getUIDNext() - 1);
    }

    private static long uid(IMAPFolder folder, Message message) {
        try {
            return folder.getUID(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("UID unavailable", e);
        }
    }
}
