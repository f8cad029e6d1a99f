package dev.gatehouse.engine.sequence;

import java.util.Locale;

/** Why a thread's follow-up sequence ended for good. */
public enum StopReason {
    REPLY, MEETING, BOUNCE, UNSUBSCRIBE, SUPPRESSED, ESCALATION, MANUAL;

    /** The value stored in the database (and checked by its CHECK constraint, where there is one). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a value this code never writes */
    public static StopReason fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
