package dev.gatehouse.engine.jobs;

/** The work behind each durable job; given to {@link Jobs#start(JobHandlers)}. */
public interface JobHandlers {
    /** A new signal arrived: re-score its account and, if it qualifies, draft a touch. */
    void processSignal(long signalId);

    /** An approved email is due: send it through the outbox. */
    void sendOutbox(long outboxId);

    /** Follow-up {@code step} of a thread may be due: draft it if it still is. */
    void draftFollowUp(long threadTouchId, int step);

    /** Periodic repair: re-arm due outbox rows whose job was lost, release stuck sends. */
    void sweep();

    /** Periodic: read new replies from the sending mailbox (no-op when IMAP is not configured). */
    default void pollMailbox() {
    }

    /** Monday morning in the team's time zone: post last week's digest (no-op without a digest channel). */
    default void weeklyDigest() {
    }

    /** Re-score the stale accounts under run {@code runId}, then fill the day's plan. */
    default void rescore(long runId) {
    }

    /** Fill what today's budget still allows from the top of the scored backlog. */
    default void fillPlan() {
    }
}
