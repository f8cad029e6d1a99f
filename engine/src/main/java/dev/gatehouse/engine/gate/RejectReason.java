package dev.gatehouse.engine.gate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a reviewer rejected a draft: stored for metrics and fed back to the writer. */
public enum RejectReason {
    WRONG_PERSON("Wrong person"),
    BAD_TIMING("Bad timing"),
    OFF_MESSAGE("Off-message"),
    FACTUAL_ERROR("Factual error"),
    OTHER("Other");

    private final String label;

    RejectReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RejectReason> fromWire(String value) {
        if (value == null) return Optional.empty();
        return Arrays.stream(values()).filter(r -> r.wire().equals(value.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
