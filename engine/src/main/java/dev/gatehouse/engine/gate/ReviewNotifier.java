package dev.gatehouse.engine.gate;

import dev.gatehouse.engine.exceptions.ExceptionItem;

import java.util.Optional;

/**
 * Where review messages go (Slack in production, the console in the demo). The engine calls it
 * after each change a reviewer should see; implementations must not throw for delivery problems.
 * A call that posts a new review message returns where it went, and the engine records it on the
 * touch; the item then says where its message is ({@link ReviewItem#posted()}).
 */
public interface ReviewNotifier {
    /** A touch waits for a person's decision. */
    Optional<ReviewMessage> reviewReady(ReviewItem item);

    /** A decision was made, undone, or the message went out: update the review message in place. */
    Optional<ReviewMessage> reviewUpdated(ReviewItem item);

    /** A review has waited too long: bring it back to the reviewer's attention. */
    default Optional<ReviewMessage> remind(ReviewItem item) {
        return Optional.empty();
    }

    /**
     * Something the pipeline will not decide on its own (the exceptions queue): e.g. an account
     * that qualifies but has nobody to write to. {@code ownerSlackId} may be null.
     */
    default void exception(String ownerSlackId, String summary) {
    }

    /**
     * A new item of the exceptions queue, to be posted with its buttons (take it, snooze it,
     * dismiss it); answers where it went. By default it is told like {@link #exception}.
     */
    default Optional<ReviewMessage> exceptionRaised(ExceptionItem item) {
        exception(item.owner(), item.summary());
        return Optional.empty();
    }

    /** An item of the exceptions queue changed state: update its message in place. */
    default void exceptionUpdated(ExceptionItem item) {
    }

    ReviewNotifier NONE = new ReviewNotifier() {
        public Optional<ReviewMessage> reviewReady(ReviewItem item) {
            return Optional.empty();
        }

        public Optional<ReviewMessage> reviewUpdated(ReviewItem item) {
            return Optional.empty();
        }
    };
}
