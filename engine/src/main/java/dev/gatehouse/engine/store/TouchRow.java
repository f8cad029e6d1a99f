package dev.gatehouse.engine.store;

import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.gate.ReviewMessage;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;

import java.time.Instant;
import java.util.Optional;

/** A stored touch: the draft, its verdict, where it stands and where its review message lives. */
public record TouchRow(long id, long accountId, long contactId, TouchKind kind, int step, Long threadTouchId,
                       Draft draft, Verification verification, TouchStatus status, String slackChannel,
                       String slackTs, String decidedBy, Instant decidedAt, Instant createdAt) {

    /** Where the review message was posted, so it can be updated in place. */
    public Optional<ReviewMessage> slackMessage() {
        return slackChannel == null || slackTs == null ? Optional.empty()
                : Optional.of(new ReviewMessage(slackChannel, slackTs));
    }
}
