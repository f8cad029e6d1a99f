package dev.gatehouse.engine.outcomes;

import java.math.BigDecimal;
import java.time.Instant;

/** One stored version of an account's outcome; the highest version is where the account stands. */
public record AccountOutcome(long accountId, int version, Stage stage, BigDecimal amount, String note, String source,
                             String actor, Long meetingId, Instant at) {
}
