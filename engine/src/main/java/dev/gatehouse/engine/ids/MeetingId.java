package dev.gatehouse.engine.ids;

/** A meeting's row id, so it cannot be taken for another kind's id where several meet (audit, buttons). */
public record MeetingId(long value) {
    public MeetingId {
        if (value <= 0) throw new IllegalArgumentException("meeting id must be positive, was " + value);
    }
}
