package dev.gatehouse.engine.gate;

/**
 * Where review messages go (Slack in production, the console in the demo). The engine calls it
 * after each change a reviewer should see; implementations must not throw for delivery problems.
 */
public interface ReviewNotifier {
    /** A touch waits for a person's decision. */
    void reviewReady(ReviewItem item);

    /** A decision was made, undone, or the message went out: update the review message in place. */
    void reviewUpdated(ReviewItem item);

    /** A review has waited too long: bring it back to the reviewer's attention. */
    default void remind(ReviewItem item) {
    }

    /**
     * Something the pipeline will not decide on its own (the exceptions queue): e.g. an account
     * that qualifies but has nobody to write to. {@code ownerSlackId} may be null.
     */
    default void exception(String ownerSlackId, String summary) {
    }

    ReviewNotifier NONE = new ReviewNotifier() {
        public void reviewReady(ReviewItem item) {
        }

        public void reviewUpdated(ReviewItem item) {
        }
    };
}
