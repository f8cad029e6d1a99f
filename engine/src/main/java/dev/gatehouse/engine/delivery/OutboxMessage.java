package dev.gatehouse.engine.delivery;

import java.time.Instant;

/**
 * One queued email as the outbox holds it: fixed Message-ID, the send time, attempts so far.
 * {@code toName} is the recipient's display name (null when unknown).
 */
public record OutboxMessage(long id, long touchId, String messageId, String from, String to, String toName, String subject,
                            String body, String inReplyTo, OutboxStatus status, Instant notBefore, int attempts,
                            Instant sentAt) {
}
