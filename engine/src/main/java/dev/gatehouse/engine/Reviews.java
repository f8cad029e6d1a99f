package dev.gatehouse.engine;

import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.gate.RejectReason;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewMessage;
import dev.gatehouse.engine.gate.ReviewOutcome;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.review.ReviewService;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.verify.Verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The human gate as people use it: what a review shows, the decisions on it (each one transaction
 * with its audit row, see {@link ReviewService}), and what waits for whom.
 */
public final class Reviews {
    private static final int PENDING_SCANNED = 500;

    private final Stores stores;
    private final ReviewService review;

    Reviews(Stores stores, ReviewService review) {
        this.stores = stores;
        this.review = review;
    }

    /** A touch waiting for a decision, as a list of them shows it; {@code message} is null until posted. */
    public record Pending(long touchId, String contactName, String accountName, String subject, ReviewMessage message,
                          Instant createdAt) {
        public Pending {
            Objects.requireNonNull(contactName, "contactName");
            Objects.requireNonNull(accountName, "accountName");
            Objects.requireNonNull(createdAt, "createdAt");
        }

        public Optional<ReviewMessage> posted() {
            return Optional.ofNullable(message);
        }
    }

    public Optional<ReviewItem> item(long touchId) {
        return stores.reviewItem(touchId);
    }

    public ReviewOutcome approve(long touchId, String actor) {
        return review.approve(touchId, actor);
    }

    public ReviewOutcome undo(long touchId, String actor) {
        return review.undo(touchId, actor);
    }

    public ReviewOutcome reject(long touchId, String actor, RejectReason reason, String note) {
        return review.reject(touchId, actor, reason, note);
    }

    /** Stores a person's edit; claims nothing grounds are stored only once {@code confirmed}. */
    public ReviewOutcome edit(long touchId, String actor, String subject, String body, boolean confirmed) {
        return review.edit(touchId, actor, subject, body, confirmed);
    }

    /** Re-verifies an edit without storing it, rule-based only: quick enough to answer a form inline. */
    public Verification check(long touchId, String subject, String body) {
        return review.check(touchId, subject, body);
    }

    /**
     * Touches waiting for a decision: those whose review is {@code userId}'s, or all of them for
     * {@code everyone}. A review is the account owner's unless the daily plan routed it to another
     * reviewer (the owner had no room that day): then it is that reviewer's, as its message is.
     */
    public List<Pending> pending(String userId, boolean everyone) {
        var out = new ArrayList<Pending>();
        var touches = stores.touches().withStatus(TouchStatus.PENDING_REVIEW, PENDING_SCANNED);
        var routed = stores.plan().reviewers(touches.stream().map(t -> t.accountId()).distinct().toList());
        for (var touch : touches) {
            var account = stores.accounts().account(touch.accountId());
            if (account.isEmpty()) continue;
            var reviewer = routed.getOrDefault(touch.accountId(), account.get().ownerSlackId());
            if (!(everyone || userId.equals(reviewer))) continue;
            var contact = stores.accounts().contact(touch.contactId());
            out.add(new Pending(touch.id(), contact.map(Reviews::name).orElse("unknown contact"), account.get().name(),
                    touch.draft().subject(), touch.slackMessage().orElse(null), touch.createdAt()));
        }
        return out;
    }

    private static String name(Contact c) {
        var full = (Objects.requireNonNullElse(c.firstName(), "") + " " + Objects.requireNonNullElse(c.lastName(), "")).strip();
        return full.isEmpty() ? c.email() : full;
    }
}
