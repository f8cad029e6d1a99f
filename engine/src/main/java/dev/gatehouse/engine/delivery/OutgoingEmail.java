package dev.gatehouse.engine.delivery;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One email ready to go out, as fixed in the outbox row. {@code references} is oldest first,
 * as in the header. At least one unsubscribe method is required: bulk-sender rules of the big
 * mailbox providers expect List-Unsubscribe on outbound sales mail.
 */
public record OutgoingEmail(String messageId, EmailAddress from, EmailAddress to, String subject,
                            String bodyText, String inReplyTo, List<String> references,
                            URI unsubscribeUrl, URI unsubscribeMailto) {
    public OutgoingEmail {
        messageId = MessageIds.canonical(Objects.requireNonNull(messageId, "messageId"));
        if (messageId == null || !messageId.contains("@")) throw new IllegalArgumentException("bad messageId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("subject must be one line");
        }
        Objects.requireNonNull(bodyText, "bodyText");
        inReplyTo = MessageIds.canonical(inReplyTo);
        references = Objects.requireNonNullElse(references, List.<String>of()).stream()
                .map(MessageIds::canonical).filter(Objects::nonNull).toList();
        if (unsubscribeUrl == null && unsubscribeMailto == null) {
            throw new IllegalArgumentException("an unsubscribe URL or mailto is required");
        }
        if (unsubscribeUrl != null && !"https".equals(scheme(unsubscribeUrl)) && !"http".equals(scheme(unsubscribeUrl))) {
            throw new IllegalArgumentException("unsubscribeUrl must be http(s)");
        }
        if (unsubscribeMailto != null && !"mailto".equals(scheme(unsubscribeMailto))) {
            throw new IllegalArgumentException("unsubscribeMailto must be a mailto: URI");
        }
    }

    private static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }
}
