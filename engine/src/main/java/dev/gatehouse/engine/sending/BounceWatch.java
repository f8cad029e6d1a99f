package dev.gatehouse.engine.sending;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.PlaybookEvent;
import dev.gatehouse.engine.delivery.MailboxState;
import dev.gatehouse.engine.delivery.BounceCircuitBreaker;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.store.PlaybookStore;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * Turns a tripped bounce breaker into the kill switch everyone can see: sending is paused (by
 * Gatehouse, audited) and a person is told why, once. Without it a tripped breaker would hold
 * every send quietly and for good, since no new sends can dilute the bounces. A manager lifts it
 * with {@code /resume}, which also resets the breaker.
 */
public final class BounceWatch {
    private final Stores stores;
    private final BounceCircuitBreaker breaker;
    private final Function<Instant, MailboxState> mailbox;
    private final ReviewNotifier notifier;
    private final Clock clock;

    public BounceWatch(Stores stores, BounceCircuitBreaker breaker, Function<Instant, MailboxState> mailbox,
                       ReviewNotifier notifier, Clock clock) {
        this.stores = stores;
        this.breaker = breaker;
        this.mailbox = mailbox;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Pauses sending when the breaker trips; true when it did so now. */
    public boolean run() {
        if (stores.playbook().sendingPaused()) return false;
        var tripped = breaker.check(mailbox.apply(clock.instant()));
        if (tripped.isEmpty()) return false;
        stores.inTransaction(s -> {
            s.playbook().setSendingPaused(true, PlaybookStore.GATEHOUSE);
            s.audit().append(new PlaybookEvent.SendingPaused(Actor.GATEHOUSE, tripped.get()));
            return null;
        });
        notifier.exception(null, "Sending is paused: " + tripped.get() + ". Approved emails wait in the outbox. "
                + "Check the bounced addresses and the list they came from, then a manager can `/resume` "
                + "(bounces before that no longer count).");
        return true;
    }
}
