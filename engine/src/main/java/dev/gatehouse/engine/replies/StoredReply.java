package dev.gatehouse.engine.replies;

import java.time.Instant;
import java.time.LocalDate;

/** A stored reply with its triage; label is null until triaged. */
public record StoredReply(long id, Long touchId, Long threadTouchId, Long contactId, Long accountId,
                          String messageId, String from, String subject, String body, Instant receivedAt,
                          ReplyLabel label, Double confidence, LocalDate returnDate, String referredTo,
                          boolean injectionSuspected, boolean autoReply) {
}
