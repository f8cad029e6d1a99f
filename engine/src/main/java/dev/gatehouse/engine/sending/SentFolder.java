package dev.gatehouse.engine.sending;

import jakarta.mail.MessagingException;

import java.util.Collection;
import java.util.Set;

/**
 * The sending mailbox's record of what left it. SMTP has no way to ask "did you take this
 * message?", but providers that file submitted mail in the Sent folder (Gmail, Microsoft 365 and
 * others) answer it there, by Message-ID.
 */
@FunctionalInterface
public interface SentFolder {
    /**
     * The Message-IDs among {@code messageIds} that the Sent folder holds, as given.
     *
     * @throws MessagingException when the mailbox cannot be read (the answer is unknown)
     */
    Set<String> holding(Collection<String> messageIds) throws MessagingException;
}
