package dev.gatehouse.engine.briefs;

import java.util.Objects;
import java.util.Set;

/** The stored row a brief statement comes from: {@code signal:12}, {@code reply:7}, {@code offer:3}. */
public record SourceRef(String type, long id) {
    public static final Set<String> TYPES = Set.of("account", "contact", "score", "signal", "touch", "reply",
            "meeting", "offer");

    public SourceRef {
        Objects.requireNonNull(type, "type");
        if (!TYPES.contains(type)) throw new IllegalArgumentException("unknown source type: " + type);
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
