package dev.gatehouse.engine.replies.ingest;

import dev.gatehouse.engine.delivery.MailConfig;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.event.MessageCountListener;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One login to the mailbox, kept: the folder is selected read-only (EXAMINE) and every body is
 * fetched with BODY.PEEK, so nothing Gatehouse does marks a message read in what is a person's own
 * inbox. The connection is opened on first use and again only after it drops.
 */
final class ImapConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImapConnection.class);
    private static final String TIMEOUT_MS = "30000";

    /** Work done on the open folder. */
    interface FolderCall<T> {
        T apply(IMAPFolder folder) throws MessagingException;
    }

    private final MailConfig.Imap imap;
    private final String folderName;
    private final Session session;
    private final MessageCountListener listener;
    private Store store;
    private IMAPFolder folder;
    private boolean idle;
    private boolean closed;

    ImapConnection(MailConfig.Imap imap, String folderName, MessageCountListener listener) {
        this.imap = Objects.requireNonNull(imap, "imap");
        this.folderName = Objects.requireNonNull(folderName, "folderName");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.session = Session.getInstance(properties());
    }

    /** The open folder, logging in first when there is no live connection. */
    synchronized IMAPFolder folder() throws MessagingException {
        if (closed) throw new MessagingException("the mailbox reader is closed");
        if (folder != null && folder.isOpen()) return folder;
        disconnect();
        Store connected = session.getStore(imap.ssl() ? "imaps" : "imap");
        connected.connect(imap.host(), imap.port(), imap.username(), imap.password().value());
        try {
            IMAPFolder opened = (IMAPFolder) connected.getFolder(folderName);
            opened.open(Folder.READ_ONLY);
            // asked on the folder's own connection: the store would open a second one to answer
            idle = (Boolean) opened.doCommand(protocol -> protocol.hasCapability("IDLE"));
            opened.addMessageCountListener(listener);
            store = connected;
            folder = opened;
            return opened;
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(connected);
            throw e;
        }
    }

    /** Whether the server offers IMAP IDLE (RFC 2177); false until the first connection. */
    synchronized boolean idleSupported() {
        return idle;
    }

    /** Runs {@code call} on the folder; when the connection turns out to have dropped, logs in again and retries once. */
    <T> T call(FolderCall<T> call) throws MessagingException {
        try {
            return call.apply(folder());
        } catch (FolderClosedException | StoreClosedException e) {
            LOG.info("IMAP connection to {} dropped ({}); logging in again", imap.host(), e.getMessage());
            disconnect();
            return call.apply(folder());
        }
    }

    /** Logs out for good: later calls fail instead of logging in again. */
    @Override
    public synchronized void close() {
        closed = true;
        disconnect();
    }

    /** Drops the connection; the next use logs in again. */
    synchronized void disconnect() {
        if (folder != null) {
            try {
                if (folder.isOpen()) folder.close(false);
            } catch (MessagingException | RuntimeException e) {
                LOG.debug("closing {} failed: {}", folderName, e.toString());
            }
        }
        if (store != null) closeQuietly(store);
        folder = null;
        store = null;
    }

    private static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("closing the IMAP store failed: {}", e.toString());
        }
    }

    private static Properties properties() {
        Properties p = new Properties();
        for (String protocol : List.of("imap", "imaps")) {
            String prefix = "mail." + protocol + ".";
            p.put(prefix + "connectiontimeout", TIMEOUT_MS);
            p.put(prefix + "timeout", TIMEOUT_MS);
            p.put(prefix + "writetimeout", TIMEOUT_MS);
            p.put(prefix + "ssl.checkserveridentity", "true");
            p.put(prefix + "peek", "true");
        }
        p.put("mail.imap.starttls.enable", "true");
        return p;
    }
}
