package dev.gatehouse.engine.sending;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * GreenMail set up like Gmail or Microsoft 365: a message it accepts over SMTP is filed in the
 * Sent folder of the sending account (its MAIL FROM, when that account exists) before the server
 * answers 250. {@code acceptDelay} makes the server slow to answer, as a busy one is, so a test
 * can stop a client in the middle of a send.
 */
public final class FilingProvider {
    public static final String SENT = "Sent";

    private FilingProvider() {
    }

    public static void install(GreenMailOperations mail, Duration acceptDelay) {
        var users = mail.getUserManager();
        var deliver = users.getMessageDeliveryHandler();
        Set<MovingMessage> filed = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
        users.setMessageDeliveryHandler((message, recipient) -> {
            if (filed.add(message)) {
                pause(acceptDelay);
                var sender = users.getUserByEmail(message.getReturnPath().getEmail());
                if (sender != null) fileInSent(users.getImapHostManager(), sender, message.getMessage());
            }
            return deliver.handle(message, recipient);
        });
    }

    /** Puts a copy of {@code message} in {@code user}'s Sent folder, as the provider does for what it accepts. */
    public static void fileInSent(ImapHostManager hosts, GreenMailUser user, MimeMessage message) throws MessagingException {
        try {
            MailFolder sent = hosts.getFolder(user, SENT);
            if (sent == null) sent = hosts.createMailbox(user, SENT);
            sent.appendMessage(new MimeMessage(message), new Flags(Flags.Flag.SEEN), new Date());
        } catch (FolderException | com.icegreen.greenmail.imap.AuthorizationException e) {
            throw new MessagingException("cannot file in Sent", e);
        }
    }

    /** The messages in the recipients' inboxes (GreenMail's own count includes the Sent copies). */
    public static List<MimeMessage> delivered(GreenMailOperations mail) {
        var hosts = mail.getManagers().getImapHostManager();
        var messages = new ArrayList<MimeMessage>();
        for (var user : mail.getUserManager().listUser()) {
            try {
                hosts.getInbox(user).getMessages().forEach(m -> messages.add(m.getMimeMessage()));
            } catch (FolderException e) {
                throw new IllegalStateException(e);
            }
        }
        return messages;
    }

    /** The Message-ID header of each delivered message. */
    public static List<String> deliveredIds(GreenMailOperations mail) {
        return delivered(mail).stream().map(m -> {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) return;
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
