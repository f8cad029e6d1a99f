package dev.gatehouse.engine.playbook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a goal counts; the wire name is what managers type and the database stores. {@code opportunities}
 * are qualified opportunities: meetings recorded as held.
 */
public enum GoalMetric {
    SIGNALS, DRAFTED, APPROVED, SENT, REPLIES, MEETINGS, OPPORTUNITIES;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the wire name and its singular ({@code meeting}, {@code reply}). */
    public static Optional<GoalMetric> fromWire(String value) {
        if (value == null) return Optional.empty();
        var v = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.wire().equals(v) || singular(m).equals(v)).findFirst();
    }

    /** How a count of this metric reads: "1 meeting", "10 meetings". */
    public String noun(int count) {
        return count == 1 ? singular(this) : wire();
    }

    private static String singular(GoalMetric m) {
        return m == REPLIES ? "reply" : m == OPPORTUNITIES ? "opportunity" : m.wire().endsWith("s") ? m.wire().substring(0, m.wire().length() - 1) : m.wire();
    }
}
