package dev.gatehouse.engine.gate;

import java.util.Locale;

/** Where a touch is in its life. Only {@code PENDING_REVIEW} can be decided by a person. */
public enum TouchStatus {
    BLOCKED, PENDING_REVIEW, APPROVED, REJECTED, SENT, CANCELLED, FAILED, SUPPRESSED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TouchStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
