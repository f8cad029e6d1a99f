package dev.gatehouse.engine.ids;

/** A reply's row id, so it cannot be taken for another kind's id where several meet (audit, buttons). */
public record ReplyId(long value) {
    public ReplyId {
        if (value <= 0) throw new IllegalArgumentException("reply id must be positive, was " + value);
    }
}
