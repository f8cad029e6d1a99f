package dev.gatehouse.engine.research;

import java.util.List;
import java.util.Objects;

/**
 * One thing we know about an account or contact, and the stored signal(s) it comes from.
 * A fact with no source signal comes from the account record itself (name, industry, size).
 */
public record Fact(String topic, String statement, List<Long> signalIds) {
    public Fact {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(statement, "statement");
        signalIds = List.copyOf(Objects.requireNonNullElse(signalIds, List.of()));
    }
}
