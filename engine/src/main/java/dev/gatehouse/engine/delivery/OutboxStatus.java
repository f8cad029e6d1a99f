package dev.gatehouse.engine.delivery;

import java.util.Locale;

/** Where an outbox row is: waiting ({@code PENDING}), claimed by one instance, or done one way or another. */
public enum OutboxStatus {
    PENDING, SENDING, SENT, FAILED, CANCELLED, SUPPRESSED;

    /** The value stored in the database (and checked by its CHECK constraint, where there is one). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a value this code never writes */
    public static OutboxStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
