package dev.gatehouse.engine.exceptions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why something needs a person; {@link #wire()} is stored. */
public enum ExceptionKind {
    /** An account qualifies but has nobody to write to. */
    NO_CONTACT,
    /** A draft the verifier still blocked after its rewrites. */
    BLOCKED,
    /** A reply triage could not read with confidence: nothing was done on its label. */
    LOW_CONFIDENCE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExceptionKind> fromWire(String value) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(value)).findFirst();
    }
}
