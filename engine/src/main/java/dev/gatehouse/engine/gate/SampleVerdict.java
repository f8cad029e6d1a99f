package dev.gatehouse.engine.gate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a reviewer said about a sampled supervised action; {@link #wire()} is stored. */
public enum SampleVerdict {
    LOOKS_RIGHT,
    FLAGGED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SampleVerdict> fromWire(String value) {
        return Arrays.stream(values()).filter(v -> v.wire().equals(value)).findFirst();
    }
}
