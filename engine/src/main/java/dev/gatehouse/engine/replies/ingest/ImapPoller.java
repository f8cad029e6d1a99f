package dev.gatehouse.engine.replies.ingest;

import dev.gatehouse.engine.delivery.MailConfig;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads new mail from one IMAP folder. With a cursor valid for the folder's UIDVALIDITY it takes
 * every message above the cursor's UID (so a reply a person already opened in their mail client
 * is not missed); without one (first run, or the server renumbered the folder) it takes the
 * messages not flagged \Seen. Everything it returns is then flagged \Seen.
 */
public final class ImapPoller {
    private static final Logger LOG = LoggerFactory.getLogger(ImapPoller.class);
    private static final String TIMEOUT_MS = "30000";

    private final MailConfig.Imap imap;
    private final String folderName;
    private final MimeParser parser;
    private final Session session;

    public ImapPoller(MailConfig.Imap imap, String folderName, MimeParser parser) {
        this.imap = Objects.requireNonNull(imap, "imap");
        this.folderName = Objects.requireNonNull(folderName, "folderName");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.session = Session.getInstance(properties(imap));
    }

    public PollResult poll(ImapCursor cursor) throws MessagingException {
        try (Store store = connect(); Folder opened = open(store)) {
            IMAPFolder folder = (IMAPFolder) opened;
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
            profile.add(FetchProfile.Item.FLAGS);
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
                } catch (MessagingException | RuntimeException e) {
                    // one unreadable message must not block the mailbox forever
                    LOG.warn("skipping unreadable message uid={} in {}: {}", uid(folder, message), folderName, e.toString());
                }
                message.setFlag(Flags.Flag.SEEN, true);
                highest = Math.max(highest, uid(folder, message));
            }
            return new PollResult(parsed, new ImapCursor(uidValidity, highest));
        }
    }

    /**
     * Blocks until the folder reports new mail or {@code max} passes, using IMAP IDLE when the
     * server offers it and a plain sleep otherwise. Call {@link #poll} afterwards either way.
     */
    public void awaitNewMail(Duration max) throws MessagingException, InterruptedException {
        try (Store store = connect(); Folder opened = open(store)) {
            if (!(store instanceof IMAPStore imapStore) || !imapStore.hasCapability("IDLE")) {
                Thread.sleep(max.toMillis());
                return;
            }
            IMAPFolder folder = (IMAPFolder) opened;
            AtomicBoolean idling = new AtomicBoolean(true);
            Thread waker = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(max.toMillis());
                    // Angus aborts IDLE when another thread uses the folder, but only once the last
                    // command is over a second old, and the IDLE may start after the first poke: repeat.
                    while (idling.get()) {
                        folder.getMessageCount();
                        Thread.sleep(250);
                    }
                } catch (InterruptedException | MessagingException e) {
                    LOG.debug("IDLE waker ended: {}", e.toString());
                }
            });
            try {
                folder.idle(true);
            } finally {
                idling.set(false);
                waker.interrupt();
            }
        }
    }

    private InboundMessage read(MimeMessage message) throws MessagingException {
        Instant received = message.getReceivedDate() == null ? null : message.getReceivedDate().toInstant();
        MimeMessage copy = new MimeMessage(message); // one FETCH of the whole message
        return received == null ? parser.parse(copy) : parser.parse(copy, received);
    }

    private Store connect() throws MessagingException {
        Store store = session.getStore(imap.ssl() ? "imaps" : "imap");
        store.connect(imap.host(), imap.port(), imap.username(), imap.password().value());
        return store;
    }

    private Folder open(Store store) throws MessagingException {
        Folder folder = store.getFolder(folderName);
        folder.open(Folder.READ_WRITE);
        return folder;
    }

    /** The highest UID in use now, via UIDNEXT when the server gave it, else the last message's UID. */
    private static long topUid(IMAPFolder folder) throws MessagingException {
        long next = folder.getUIDNext();
        if (next > 0) return next - 1;
        int count = folder.getMessageCount();
        return count == 0 ? 0 : folder.getUID(folder.getMessage(count));
    }

    private static long uid(IMAPFolder folder, Message message) {
        try {
            return folder.getUID(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("UID unavailable", e);
        }
    }

    private static Properties properties(MailConfig.Imap imap) {
        Properties p = new Properties();
        for (String protocol : List.of("imap", "imaps")) {
            String prefix = "mail." + protocol + ".";
            p.put(prefix + "connectiontimeout", TIMEOUT_MS);
            p.put(prefix + "timeout", TIMEOUT_MS);
            p.put(prefix + "writetimeout", TIMEOUT_MS);
            p.put(prefix + "ssl.checkserveridentity", "true");
        }
        p.put("mail.imap.starttls.enable", "true");
        return p;
    }
}
