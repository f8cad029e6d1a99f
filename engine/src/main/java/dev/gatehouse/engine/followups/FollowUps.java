package dev.gatehouse.engine.followups;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.TouchEvent;
import dev.gatehouse.engine.ids.TouchId;
import dev.gatehouse.engine.sequence.FollowUpStatus;
import dev.gatehouse.engine.sequence.StopReason;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.pipeline.TouchDrafting;
import dev.gatehouse.engine.store.FollowUpStore;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.WritingRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The follow-up sequence of a thread. {@link #onSent} plans the steps when a first touch goes
 * out; {@link #draftDue} drafts one step in the thread when its time comes, and it goes through
 * the gate like any touch. Any reply, bounce, unsubscribe, booked meeting or manual stop ends it.
 */
public final class FollowUps {
    private static final Set<TouchStatus> OPEN = Set.of(TouchStatus.PENDING_REVIEW, TouchStatus.BLOCKED,
            TouchStatus.APPROVED);

    /** Arms a durable job that calls {@link #draftDue} for this step at {@code at}. */
    @FunctionalInterface
    public interface Scheduler {
        void draftAt(long threadTouchId, int step, Instant at);
    }

    public sealed interface Outcome {
        record Drafted(long touchId, TouchStatus status) implements Outcome {
        }

        record NotDue(Instant dueAt) implements Outcome {
        }

        record Stopped(StopReason reason) implements Outcome {
        }

        record Skipped(String why) implements Outcome {
        }
    }

    private final Stores stores;
    private final TouchDrafting touches;
    private final ReviewNotifier notifier;
    private final Guardrails guardrails;
    private final FollowUpPlanner planner;
    private final Scheduler scheduler;
    private final Clock clock;

    public FollowUps(Stores stores, TouchDrafting touches, ReviewNotifier notifier, Guardrails guardrails,
                     FollowUpPlanner planner, Scheduler scheduler, Clock clock) {
        this.stores = stores;
        this.touches = touches;
        this.notifier = notifier;
        this.guardrails = guardrails;
        this.planner = planner;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** A touch went out: if it opened a thread, plan its follow-ups. Idempotent. */
    public List<FollowUpStore.Planned> onSent(long touchId) {
        var touch = stores.touches().find(touchId).orElse(null);
        if (touch == null || touch.kind() != TouchKind.FIRST_EMAIL || touch.status() != TouchStatus.SENT) return List.of();
        var sentAt = stores.outbox().forTouch(touchId).map(m -> m.sentAt()).orElse(clock.instant());
        var store = stores.followUps();
        if (store.stopReason(touchId).isPresent()) return List.of();
        for (var step : planner.plan(sentAt)) {
            if (store.plan(touchId, step.step(), step.dueAt())) scheduler.draftAt(touchId, step.step(), step.dueAt());
        }
        return store.forThread(touchId);
    }

    public Outcome draftDue(long threadTouchId, int step) {
        var store = stores.followUps();
        var planned = store.find(threadTouchId, step).orElse(null);
        if (planned == null) return new Outcome.Skipped("step " + step + " of thread " + threadTouchId + " is not planned");
        if (planned.status() != FollowUpStatus.PENDING) {
            return new Outcome.Skipped("step " + step + " is " + planned.status().wire());
        }
        var now = clock.instant();
        if (planned.dueAt().isAfter(now)) {
            scheduler.draftAt(threadTouchId, step, planned.dueAt()); // moved later (out of office): re-arm
            return new Outcome.NotDue(planned.dueAt());
        }
        var stop = stopReason(threadTouchId);
        if (stop != null) {
            stop(threadTouchId, stop, Actor.GATEHOUSE.wire());
            return new Outcome.Stopped(stop);
        }
        var thread = ThreadHistory.touches(stores, threadTouchId);
        if (thread.getFirst().status() != TouchStatus.SENT) return new Outcome.Skipped("the first touch was not sent");
        if (thread.stream().anyMatch(t -> t.kind() == TouchKind.FOLLOW_UP && OPEN.contains(t.status()))) {
            var later = now.plus(Duration.ofDays(1));
            store.postponePending(threadTouchId, later, "previous follow-up still open");
            scheduler.draftAt(threadTouchId, step, later);
            return new Outcome.NotDue(later);
        }
        var level = stores.playbook().autonomy(ActionType.FOLLOW_UP);
        if (level == AutonomyLevel.OFF_LIMITS) return new Outcome.Skipped("follow-ups are off limits by policy");
        var offer = stores.playbook().currentOffer();
        if (offer.isEmpty()) return new Outcome.Skipped("no offer set yet");
        return draft(thread.getFirst().accountId(), thread.getFirst().contactId(), threadTouchId, step, offer.get().value(), level);
    }

    /** Drafts every due step; the periodic repair for lost jobs. */
    public int sweep() {
        var due = stores.followUps().due(clock.instant(), 200);
        due.forEach(p -> draftDue(p.threadTouchId(), p.step()));
        return due.size();
    }

    /** Ends a thread's sequence: no more steps are drafted and follow-ups not yet sent are cancelled. */
    public boolean stop(long threadTouchId, StopReason reason, String actor) {
        var cancelled = stores.inTransaction(s -> {
            var first = s.followUps().stop(threadTouchId, reason, actor);
            var ids = new java.util.ArrayList<Long>();
            for (var t : ThreadHistory.touches(s, threadTouchId)) {
                if (t.kind() != TouchKind.FOLLOW_UP || !OPEN.contains(t.status())) continue;
                if (t.status() == TouchStatus.APPROVED && !s.outbox().cancelPending(t.id())) continue; // already sending
                if (s.touches().transition(t.id(), t.status(), TouchStatus.CANCELLED, actor)) ids.add(t.id());
            }
            if (first) {
                s.audit().append(new TouchEvent.SequenceStopped(Actor.fromWire(actor), new TouchId(threadTouchId), reason,
                        ids));
            }
            return ids;
        });
        cancelled.forEach(id -> stores.reviewItem(id).ifPresent(notifier::reviewUpdated));
        return !cancelled.isEmpty();
    }

    /** Stops every thread opened with a contact (a booked meeting); true when open follow-ups were cancelled. */
    public boolean stopAllFor(long contactId, StopReason reason, String actor) {
        var threads = stores.touches().forContact(contactId).stream()
                .filter(t -> t.kind() == TouchKind.FIRST_EMAIL && t.threadTouchId() == null).toList();
        boolean cancelled = false;
        for (var thread : threads) cancelled |= stop(thread.id(), reason, actor);
        return cancelled;
    }

    /** Moves the pending steps past a date (an out-of-office return), keeping their spacing. */
    public List<FollowUpStore.Planned> postpone(long threadTouchId, Instant notBefore, String why) {
        var moved = stores.followUps().postponePending(threadTouchId, notBefore, why);
        moved.forEach(p -> scheduler.draftAt(threadTouchId, p.step(), p.dueAt()));
        return moved;
    }

    private StopReason stopReason(long threadTouchId) {
        var stopped = stores.followUps().stopReason(threadTouchId);
        if (stopped.isPresent()) return stopped.get();
        var first = stores.touches().find(threadTouchId).orElseThrow();
        var contact = stores.accounts().contact(first.contactId()).orElseThrow();
        if (stores.suppressions().isSuppressed(contact.email())) return StopReason.SUPPRESSED;
        if (stores.replies().forThread(threadTouchId).stream().anyMatch(r -> !r.autoReply())) return StopReason.REPLY;
        if (stores.meetings().bookedForContactSince(contact.id(), first.createdAt())) return StopReason.MEETING;
        return null;
    }

    private Outcome draft(long accountId, long contactId, long threadTouchId, int step,
                          dev.gatehouse.engine.writing.Offer offer, AutonomyLevel level) {
        var account = stores.accounts().account(accountId).orElseThrow();
        var contact = stores.accounts().contact(contactId).orElseThrow();
        var request = new WritingRequest(TouchKind.FOLLOW_UP, step, account, contact, List.of(),
                stores.signals().forAccount(accountId), offer, guardrails, ThreadHistory.sent(stores, threadTouchId),
                stores.decisions().rejectionFeedback(contactId, 3));
        return touches.draft(request, threadTouchId, new TouchDrafting.Route.ByAutonomy(ActionType.FOLLOW_UP, level), Map.of(),
                        (s, id) -> s.followUps().markDrafted(threadTouchId, step, id))
                .<Outcome>map(d -> new Outcome.Drafted(d.touchId(), d.status()))
                .orElseGet(() -> new Outcome.Skipped("step " + step + " was drafted by another run"));
    }
}
