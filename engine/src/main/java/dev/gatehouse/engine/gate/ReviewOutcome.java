package dev.gatehouse.engine.gate;

import dev.gatehouse.engine.verify.Problem;

import java.util.List;

/** What came of a reviewer's click. Exactly one click per decision gets {@code Done}. */
public sealed interface ReviewOutcome {
    record Done(ReviewItem item) implements ReviewOutcome {
    }

    /** Someone (or a retry of this same click) decided first; nothing changed. */
    record AlreadyDecided(ReviewItem item) implements ReviewOutcome {
    }

    /** An edit added claims the verifier cannot ground: the person must confirm them first. */
    record NeedsConfirmation(ReviewItem item, List<Problem> problems) implements ReviewOutcome {
    }

    /** The verifier blocked the draft: it can be edited or rejected, never approved as written. */
    record Unsendable(ReviewItem item) implements ReviewOutcome {
    }

    record TooLate(ReviewItem item, String why) implements ReviewOutcome {
    }

    record NotFound(long touchId) implements ReviewOutcome {
    }
}
