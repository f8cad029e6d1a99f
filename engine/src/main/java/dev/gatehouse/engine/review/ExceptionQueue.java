package dev.gatehouse.engine.review;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.ExceptionEvent;
import dev.gatehouse.engine.exceptions.ExceptionCounts;
import dev.gatehouse.engine.exceptions.ExceptionItem;
import dev.gatehouse.engine.exceptions.ExceptionKind;
import dev.gatehouse.engine.exceptions.ExceptionState;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The exceptions queue: what the pipeline leaves to a person (no contact to write to, a draft still
 * blocked after its rewrites, a reply triage was unsure of) is one row with a state, posted once
 * with buttons ({@link PendingPosts}; again when a snooze ends). Taking, snoozing and dismissing an item are conditional updates, each audited in
 * its transaction, so a double click changes it once.
 */
public final class ExceptionQueue {
    /** How long Snooze hides an item. */
    public static final Duration SNOOZE = Duration.ofDays(1);

    private final Stores stores;
    private final ReviewNotifier notifier;
    private final PendingPosts posts;
    private final Clock clock;

    public ExceptionQueue(Stores stores, ReviewNotifier notifier, Clock clock) {
        this(stores, notifier, new PendingPosts(stores, notifier, clock), clock);
    }

    /** @param posts posts each new item once (and again when its snooze ends) */
    public ExceptionQueue(Stores stores, ReviewNotifier notifier, PendingPosts posts, Clock clock) {
        this.stores = stores;
        this.notifier = notifier;
        this.posts = posts;
        this.clock = clock;
    }

    /** How a person's move on an item ended. */
    public sealed interface Outcome {
        record Changed(ExceptionItem item) implements Outcome {
        }

        /** Already so, or dismissed: nothing changed. */
        record Unchanged(ExceptionItem item) implements Outcome {
        }

        record NotFound(long id) implements Outcome {
        }
    }

    /**
     * Queues and posts an item, once per kind and subject; empty when one was queued before (its
     * state, dismissed included, stands).
     */
    public Optional<ExceptionItem> raise(ExceptionKind kind, String subjectType, String subjectId, Long accountId,
                                         String owner, String summary) {
        var raised = stores.exceptions().raise(kind, subjectType, subjectId, accountId, owner, summary);
        raised.ifPresent(item -> posts.postException(item.id()));
        return raised;
    }

    public Outcome assign(long id, String actor) {
        return move(id, actor, ExceptionState.ASSIGNED, null, null, from -> new ExceptionEvent.Assigned(Actor.fromWire(actor), id, from));
    }

    public Outcome snooze(long id, String actor) {
        var until = clock.instant().plus(SNOOZE);
        return move(id, actor, ExceptionState.SNOOZED, null, until,
                from -> new ExceptionEvent.Snoozed(Actor.fromWire(actor), id, from, until));
    }

    public Outcome dismiss(long id, String actor, String reason) {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("dismissing needs a reason");
        return move(id, actor, ExceptionState.DISMISSED, reason.strip(), null,
                from -> new ExceptionEvent.Dismissed(Actor.fromWire(actor), id, from, reason.strip()));
    }

    public Optional<ExceptionItem> item(long id) {
        return stores.exceptions().find(id);
    }

    /** Open, assigned and snoozed counts now: what the daily plan shows. */
    public ExceptionCounts counts() {
        return stores.exceptions().counts(clock.instant());
    }

    private Outcome move(long id, String actor, ExceptionState to, String reason, java.time.Instant until,
                         java.util.function.Function<ExceptionState, ExceptionEvent> event) {
        var assignee = to == ExceptionState.ASSIGNED ? actor : null;
        var outcome = stores.inTransaction(s -> {
            var before = s.exceptions().find(id);
            if (before.isEmpty()) return new Outcome.NotFound(id);
            if (!s.exceptions().move(id, to, actor, assignee, until, reason, clock.instant())) return new Outcome.Unchanged(before.get());
            s.audit().append(event.apply(before.get().state()));
            return new Outcome.Changed(s.exceptions().find(id).orElseThrow());
        });
        if (outcome instanceof Outcome.Changed changed) notifier.exceptionUpdated(changed.item());
        return outcome;
    }
}
