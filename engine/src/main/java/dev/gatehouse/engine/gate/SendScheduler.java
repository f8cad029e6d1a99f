package dev.gatehouse.engine.gate;

import dev.gatehouse.engine.accounts.Contact;

import java.time.Instant;

/** Picks when an approved email may go out (send window, caps, spacing) and arranges the send. */
public interface SendScheduler {
    /** The earliest moment deliverability rules allow a send to this contact. */
    Instant firstSlot(Contact contact, Instant now);

    /** Arranges a durable send of the outbox row at {@code at}. */
    void scheduleSend(long outboxId, Instant at);
}
