package dev.gatehouse.engine.outcomes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an account stands after its meeting: a qualified opportunity or not, then won or lost.
 * Won and lost are closes of a qualified opportunity, so they count as qualified too.
 */
public enum Stage {
    QUALIFIED, NOT_QUALIFIED, WON, LOST;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether an account at this stage counts as a qualified opportunity. */
    public boolean qualified() {
        return this != NOT_QUALIFIED;
    }

    public boolean closed() {
        return this == WON || this == LOST;
    }

    public static Optional<Stage> fromWire(String value) {
        if (value == null) return Optional.empty();
        var normalized = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.wire().equals(normalized)).findFirst();
    }
}
