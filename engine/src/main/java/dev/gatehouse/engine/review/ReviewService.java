package dev.gatehouse.engine.review;

import dev.gatehouse.engine.gate.DecisionKind;
import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.TouchEvent;
import dev.gatehouse.engine.delivery.MessageIds;
import dev.gatehouse.engine.ids.TouchId;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.gate.SendScheduler;
import dev.gatehouse.engine.gate.ReviewOutcome;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.gate.RejectReason;
import dev.gatehouse.engine.gate.DraftChecker;
import dev.gatehouse.engine.gate.Decision;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.supervision.SupervisedSampling;
import dev.gatehouse.engine.supervision.SupervisionSettings;
import dev.gatehouse.engine.store.DecisionStore;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TouchRow;

import dev.gatehouse.engine.verify.Verification;

import java.time.Clock;

/**
 * The human gate. Each decision is a conditional state transition in the database, recorded with
 * its author and audited in the same transaction; approval queues exactly one outbox row whose
 * Message-ID is fixed there and then.
 */
public final class ReviewService {
    private final Stores stores;
    private final DraftChecker checker;
    private final SendScheduler sends;
    private final ReviewNotifier notifier;
    private final Clock clock;
    private final String fromAddress;
    private final String messageIdDomain;
    private final SupervisedSampling sampling;
    private final ExceptionQueue exceptions;
    private final PendingPosts posts;

    public ReviewService(Stores stores, DraftChecker checker, SendScheduler sends, ReviewNotifier notifier,
                         Clock clock, String fromAddress) {
        this(stores, checker, sends, notifier, clock, fromAddress,
                new SupervisedSampling(stores, SupervisionSettings.DEFAULT, new java.security.SecureRandom()));
    }

    /** @param sampling which emails sent under supervised autonomy are posted for after-the-fact review */
    public ReviewService(Stores stores, DraftChecker checker, SendScheduler sends, ReviewNotifier notifier,
                         Clock clock, String fromAddress, SupervisedSampling sampling) {
        this.sampling = sampling;
        this.posts = new PendingPosts(stores, notifier, clock);
        this.exceptions = new ExceptionQueue(stores, notifier, posts, clock);
        this.stores = stores;
        this.checker = checker;
        this.sends = sends;
        this.notifier = notifier;
        this.clock = clock;
        this.fromAddress = fromAddress;
        var at = fromAddress.lastIndexOf('@');
        this.messageIdDomain = at >= 0 ? fromAddress.substring(at + 1).replace(">", "") : "gatehouse.local";
    }

    public ReviewOutcome approve(long touchId, String actor) {
        var now = clock.instant();
        Approval result = stores.inTransaction(s -> {
            var touch = s.touches().find(touchId);
            if (touch.isEmpty()) return new Refused(new ReviewOutcome.NotFound(touchId));
            if (!touch.get().verification().sendable() && touch.get().status() == TouchStatus.PENDING_REVIEW) {
                return new Refused(new ReviewOutcome.Unsendable(s.reviewItem(touchId).orElseThrow()));
            }
            if (!s.touches().transition(touchId, TouchStatus.PENDING_REVIEW, TouchStatus.APPROVED, actor)) {
                return new Refused(new ReviewOutcome.AlreadyDecided(s.reviewItem(touchId).orElseThrow()));
            }
            var row = touch.get();
            var contact = s.accounts().contact(row.contactId()).orElseThrow();
            var sendAt = sends.firstSlot(contact, now);
            var outboxId = s.outbox().enqueue(touchId, MessageIds.random(messageIdDomain), fromAddress, contact.email(),
                    contact.fullName(), row.draft().subject(), row.draft().body(), inReplyTo(s, row), sendAt);
            if (outboxId.isEmpty()) {
                s.outbox().requeue(touchId, row.draft().subject(), row.draft().body(), sendAt);
            }
            s.decisions().record(touchId, DecisionKind.APPROVE, actor, null, null, null);
            s.audit().append(new TouchEvent.Approved(Actor.fromWire(actor), new TouchId(touchId), sendAt));
            var id = outboxId.orElseGet(() -> s.outbox().forTouch(touchId).orElseThrow().id());
            return new Queued(id, sendAt);
        });
        return switch (result) {
            case Refused refused -> refused.outcome();
            case Queued queued -> {
                sends.scheduleSend(queued.outboxId(), queued.at());
                var item = stores.reviewItem(touchId).orElseThrow();
                notifier.reviewUpdated(item);
                yield new ReviewOutcome.Done(item);
            }
        };
    }

    /** What the approval transaction decided: queue a send, or answer without one. */
    private sealed interface Approval {
    }

    private record Queued(long outboxId, java.time.Instant at) implements Approval {
    }

    private record Refused(ReviewOutcome outcome) implements Approval {
    }

    /**
     * Hands a new draft on by its action's autonomy: a reviewable draft under supervised (or
     * autonomous) autonomy is approved by Gatehouse at once, without a review message; under
     * supervised, a sample of them is then posted for after-the-fact review
     * ({@link SupervisedSampling}). Anything else is posted for review.
     */
    public void submit(long touchId, TouchStatus status, ActionType type, AutonomyLevel level) {
        if (status == TouchStatus.PENDING_REVIEW && (level == AutonomyLevel.SUPERVISED || level == AutonomyLevel.AUTONOMOUS)) {
            approve(touchId, new Actor.Gatehouse(level.wire()).wire());
            // posted through a claim: a sample recorded but not posted is posted by the sweep or the next start
            if (level == AutonomyLevel.SUPERVISED && sampling.decide(touchId, type).isPresent()) posts.postSample(touchId);
        } else {
            stores.reviewItem(touchId).ifPresent(notifier::reviewReady);
        }
    }

    /** What was recorded to be posted once (samples, exceptions) and is not posted yet: the sweep and each start post it. */
    public PendingPosts posts() {
        return posts;
    }

    /** The exceptions queue, posted through the same notifier as reviews. */
    public ExceptionQueue exceptions() {
        return exceptions;
    }

    public ReviewOutcome reject(long touchId, String actor, RejectReason reason, String note) {
        var outcome = stores.inTransaction(s -> {
            var touch = s.touches().find(touchId);
            if (touch.isEmpty()) return new ReviewOutcome.NotFound(touchId);
            var from = touch.get().status();
            if ((from != TouchStatus.PENDING_REVIEW && from != TouchStatus.BLOCKED)
                    || !s.touches().transition(touchId, from, TouchStatus.REJECTED, actor)) {
                return new ReviewOutcome.AlreadyDecided(s.reviewItem(touchId).orElseThrow());
            }
            s.decisions().record(touchId, DecisionKind.REJECT, actor, reason, note, null);
            s.audit().append(new TouchEvent.Rejected(Actor.fromWire(actor), new TouchId(touchId), from, reason, note));
            return new ReviewOutcome.Done(s.reviewItem(touchId).orElseThrow());
        });
        if (outcome instanceof ReviewOutcome.Done done) notifier.reviewUpdated(done.item());
        return outcome;
    }

    /**
     * Takes an approval back while the email has not been handed to the mail server. The touch is
     * pending review again (its latest decision an {@link Decision.Undone}), so it can be approved,
     * edited or rejected afresh; approving again re-queues the same outbox row and Message-ID.
     */
    public ReviewOutcome undo(long touchId, String actor) {
        var outcome = stores.inTransaction(s -> {
            var touch = s.touches().find(touchId);
            if (touch.isEmpty()) return new ReviewOutcome.NotFound(touchId);
            if (touch.get().status() == TouchStatus.SENT) {
                return new ReviewOutcome.TooLate(s.reviewItem(touchId).orElseThrow(), "the email was already sent");
            }
            if (touch.get().status() != TouchStatus.APPROVED) {
                return new ReviewOutcome.AlreadyDecided(s.reviewItem(touchId).orElseThrow());
            }
            if (!s.outbox().cancelPending(touchId)) {
                return new ReviewOutcome.TooLate(s.reviewItem(touchId).orElseThrow(), "the email is already being sent");
            }
            s.touches().transition(touchId, TouchStatus.APPROVED, TouchStatus.PENDING_REVIEW, actor);
            s.decisions().record(touchId, DecisionKind.UNDO, actor, null, null, null);
            s.audit().append(new TouchEvent.Undone(Actor.fromWire(actor), new TouchId(touchId)));
            return new ReviewOutcome.Done(s.reviewItem(touchId).orElseThrow());
        });
        if (outcome instanceof ReviewOutcome.Done done) notifier.reviewUpdated(done.item());
        return outcome;
    }

    /**
     * Re-verifies a person's edit without storing anything: quick enough to answer a modal
     * submission inline (the checker uses the rule-based verifier only).
     */
    public dev.gatehouse.engine.verify.Verification check(long touchId, String subject, String body) {
        return checker.check(touchId, subject, body);
    }

    /**
     * Replaces the draft's text with a person's edit. The edit is re-verified; claims the verifier
     * cannot ground are returned for confirmation, and stored (and audited) only once confirmed.
     */
    public ReviewOutcome edit(long touchId, String actor, String subject, String body, boolean confirmed) {
        var verification = checker.check(touchId, subject, body);
        var outcome = stores.inTransaction(s -> {
            var touch = s.touches().find(touchId);
            if (touch.isEmpty()) return new ReviewOutcome.NotFound(touchId);
            var row = touch.get();
            if (row.status() != TouchStatus.PENDING_REVIEW && row.status() != TouchStatus.BLOCKED) {
                return new ReviewOutcome.AlreadyDecided(s.reviewItem(touchId).orElseThrow());
            }
            if (!verification.passed() && !confirmed) {
                return new ReviewOutcome.NeedsConfirmation(s.reviewItem(touchId).orElseThrow(), verification.problems());
            }
            if (row.status() == TouchStatus.BLOCKED) {
                s.touches().transition(touchId, TouchStatus.BLOCKED, TouchStatus.PENDING_REVIEW, null);
            }
            s.touches().replaceText(touchId, subject, body,
                    verification.passed() ? verification : new Verification.Vouched(verification.problems(), actor));
            s.decisions().record(touchId, DecisionKind.EDIT, actor, null, null,
                    new DecisionStore.Edit(row.draft().subject(), row.draft().body(), subject, body));
            s.audit().append(new TouchEvent.Edited(Actor.fromWire(actor), new TouchId(touchId), row.draft().subject(),
                    row.draft().body(), subject, body, verification.passed() ? null : verification.problems().toString()));
            return new ReviewOutcome.Done(s.reviewItem(touchId).orElseThrow());
        });
        if (outcome instanceof ReviewOutcome.Done done) notifier.reviewUpdated(done.item());
        return outcome;
    }

    private static String inReplyTo(Stores s, TouchRow row) {
        if (row.threadTouchId() == null) return null;
        return s.outbox().forTouch(row.threadTouchId()).map(m -> m.messageId()).orElse(null);
    }
}
