package dev.gatehouse.engine.replies.ingest;

import java.util.OptionalLong;

/**
 * Finds the touch we sent with a given Message-ID, in canonical {@code <id@host>} form. Only emails
 * that were handed to the mail server count: a draft, or an approved email still waiting in the
 * outbox, was never seen by anyone, so nothing can be an answer to it.
 */
@FunctionalInterface
public interface SentMessageLookup {
    OptionalLong touchIdFor(String canonicalMessageId);
}
