package dev.gatehouse.engine.exceptions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an exception stands; {@link #wire()} is stored. */
public enum ExceptionState {
    OPEN,
    ASSIGNED,
    /** Out of sight until its snooze ends; then it counts as open again. */
    SNOOZED,
    DISMISSED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExceptionState> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst();
    }
}
