package dev.gatehouse.engine.jobs;

/** The data of a {@code draft-follow-up} job: step {@code step} of the thread {@code threadTouchId} opened. */
public record FollowUpStep(long threadTouchId, int step) {
    public FollowUpStep {
        if (threadTouchId <= 0) throw new IllegalArgumentException("thread touch id must be positive, was " + threadTouchId);
        if (step <= 0) throw new IllegalArgumentException("step must be positive, was " + step);
    }

    /** Reads the {@code "thread:step"} string that jobs queued before this record carried. */
    static FollowUpStep fromLegacy(String data) {
        var parts = data.split(":");
        if (parts.length != 2) throw new IllegalArgumentException("not a thread:step pair: '" + data + "'");
        return new FollowUpStep(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
    }
}
