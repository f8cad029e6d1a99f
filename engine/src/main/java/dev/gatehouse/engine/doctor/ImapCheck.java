package dev.gatehouse.engine.doctor;

import dev.gatehouse.engine.delivery.MailConfig;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;

import java.util.Properties;

/**
 * Logs in to the reply mailbox and opens INBOX read-only (EXAMINE): nothing is marked seen and
 * nothing is changed.
 */
public final class ImapCheck {
    private static final String NAME = "imap";
    private static final String PORTS = "993 with IMAP_SSL=true, 143 with IMAP_SSL=false";
    private static final String TIMEOUT_MS = "10000";

    private ImapCheck() {
    }

    public static Check check(MailConfig.Imap imap) {
        var where = imap.host() + ":" + imap.port();
        var protocol = imap.ssl() ? "imaps" : "imap";
        try (var store = Session.getInstance(properties(protocol)).getStore(protocol)) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password().value());
            var inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            var messages = inbox.getMessageCount();
            inbox.close(false);
            return Check.ok(NAME, where + ": logged in as " + imap.username() + ", INBOX opened read-only (" + messages
                    + " messages)");
        } catch (MessagingException e) {
            return Check.fail(NAME, MailFailures.advise(e, "IMAP", where, PORTS));
        }
    }

    private static Properties properties(String protocol) {
        var properties = new Properties();
        for (var setting : new String[]{"connectiontimeout", "timeout", "writetimeout"}) {
            properties.put("mail." + protocol + "." + setting, TIMEOUT_MS);
        }
        properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        properties.put("mail.imap.starttls.enable", "true");
        return properties;
    }
}
