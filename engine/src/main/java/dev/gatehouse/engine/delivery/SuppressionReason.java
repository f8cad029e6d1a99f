package dev.gatehouse.engine.delivery;

import java.util.Locale;

/** Why an address must never receive mail again. */
public enum SuppressionReason {
    UNSUBSCRIBE, BOUNCE, DO_NOT_CONTACT, COMPLAINT;

    /** The value stored in the database (and checked by its CHECK constraint, where there is one). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a value this code never writes */
    public static SuppressionReason fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
