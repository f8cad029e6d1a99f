package dev.gatehouse.engine.replies.ingest;

import java.util.OptionalLong;

/** Finds the touch we sent with a given Message-ID, in canonical {@code <id@host>} form. */
@FunctionalInterface
public interface SentMessageLookup {
    OptionalLong touchIdFor(String canonicalMessageId);
}
