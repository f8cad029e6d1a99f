package dev.gatehouse.engine.gate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How far the agent may go on its own for one action type (see DESIGN.md, autonomy spectrum). */
public enum AutonomyLevel {
    /** Acts; logs are reviewed in aggregate. */
    AUTONOMOUS,
    /** Acts; a sample is reviewed after the fact. */
    SUPERVISED,
    /** Drafts; a person decides every time. */
    COPILOT,
    /** Neither acts nor drafts; routes to a person. */
    OFF_LIMITS;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AutonomyLevel> fromWire(String value) {
        if (value == null) return Optional.empty();
        var normalized = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(l -> l.wire().equals(normalized)).findFirst();
    }
}
