package dev.gatehouse.engine.sending;

import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.delivery.MessageIds;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.HeaderTerm;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The Sent folder of the sending mailbox over IMAP: the folder the server marks {@code \Sent}
 * (RFC 6154), else the first of the usual names. Opened read-only, so nothing in the rep's
 * mailbox changes; searched by Message-ID header, each hit checked exactly.
 */
public final class ImapSentFolder implements SentFolder {
    private static final Logger log = LoggerFactory.getLogger(ImapSentFolder.class);
    private static final List<String> USUAL_NAMES = List.of("Sent", "Sent Items", "Sent Messages", "Sent Mail",
            "[Gmail]/Sent Mail", "INBOX.Sent", "INBOX/Sent");

    private final MailConfig.Imap imap;
    private final Session session;

    public ImapSentFolder(MailConfig.Imap imap) {
        this.imap = Objects.requireNonNull(imap, "imap");
        var protocol = imap.ssl() ? "imaps" : "imap";
        var properties = new Properties();
        for (var timeout : List.of("connectiontimeout", "timeout", "writetimeout")) {
            properties.put("mail." + protocol + "." + timeout, "20000");
        }
        properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        properties.put("mail.imap.starttls.enable", "true");
        this.session = Session.getInstance(properties);
    }

    @Override
    public Set<String> holding(Collection<String> messageIds) throws MessagingException {
        if (messageIds.isEmpty()) return Set.of();
        try (Store store = session.getStore(imap.ssl() ? "imaps" : "imap")) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password().value());
            var sent = find(store);
            if (sent == null) {
                log.warn("The mailbox {} has no Sent folder to check interrupted sends against", imap.username());
                return Set.of();
            }
            sent.open(Folder.READ_ONLY);
            try {
                var found = new HashSet<String>();
                for (var id : messageIds) {
                    if (holds(sent, id)) found.add(id);
                }
                return found;
            } finally {
                sent.close(false);
            }
        }
    }

    private static boolean holds(Folder sent, String messageId) throws MessagingException {
        var wanted = MessageIds.canonical(messageId);
        for (Message hit : sent.search(new HeaderTerm("Message-ID", wanted))) {
            var headers = hit.getHeader("Message-ID");
            if (headers != null && Arrays.stream(headers).map(MessageIds::canonical).anyMatch(wanted::equals)) return true;
        }
        return false;
    }

    private static Folder find(Store store) throws MessagingException {
        for (Folder folder : store.getDefaultFolder().list("*")) {
            if (folder instanceof IMAPFolder marked && Arrays.asList(marked.getAttributes()).contains("\\Sent")) {
                return folder;
            }
        }
        for (var name : USUAL_NAMES) {
            var folder = store.getFolder(name);
            if (folder.exists()) return folder;
        }
        return null;
    }
}
