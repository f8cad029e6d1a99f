package dev.gatehouse.engine.ids;

/** A touch's row id, so it cannot be taken for another kind's id where several meet (audit, buttons). */
public record TouchId(long value) {
    public TouchId {
        if (value <= 0) throw new IllegalArgumentException("touch id must be positive, was " + value);
    }
}
