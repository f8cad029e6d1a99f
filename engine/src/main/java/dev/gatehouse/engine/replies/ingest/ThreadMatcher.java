package dev.gatehouse.engine.replies.ingest;

import dev.gatehouse.engine.delivery.MessageIds;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Finds which of our touches an inbound message answers: In-Reply-To first, then References from
 * newest (last) to oldest, and for a bounce the Message-ID of the returned original; only sent
 * messages match ({@link SentMessageLookup}). Ids are
 * canonicalised before every lookup, so {@code a@b}, {@code <a@b>} and {@code " <a@b> "} match.
 */
public final class ThreadMatcher {
    private ThreadMatcher() {
    }

    public static Optional<ThreadMatch> match(InboundMessage message, SentMessageLookup sent) {
        Optional<ThreadMatch> found = lookup(message.inReplyTo(), ThreadMatch.Via.IN_REPLY_TO, sent);
        if (found.isPresent()) return found;
        List<String> references = message.references();
        for (int i = references.size() - 1; i >= 0; i--) {
            found = lookup(references.get(i), ThreadMatch.Via.REFERENCES, sent);
            if (found.isPresent()) return found;
        }
        return message.bounce().flatMap(b -> lookup(b.originalMessageId(), ThreadMatch.Via.BOUNCED_MESSAGE, sent));
    }

    private static Optional<ThreadMatch> lookup(String rawId, ThreadMatch.Via via, SentMessageLookup sent) {
        String id = MessageIds.canonical(rawId);
        if (id == null) return Optional.empty();
        OptionalLong touch = sent.touchIdFor(id);
        return touch.isPresent() ? Optional.of(new ThreadMatch(touch.getAsLong(), id, via)) : Optional.empty();
    }
}
