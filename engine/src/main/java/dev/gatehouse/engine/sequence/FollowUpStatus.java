package dev.gatehouse.engine.sequence;

import java.util.Locale;

/** A planned follow-up step: waiting for its time, drafted into a touch, or cancelled with its sequence. */
public enum FollowUpStatus {
    PENDING, DRAFTED, CANCELLED;

    /** The value stored in the database (and checked by its CHECK constraint, where there is one). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a value this code never writes */
    public static FollowUpStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
