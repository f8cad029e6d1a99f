package dev.gatehouse.engine.sending;

import dev.gatehouse.engine.audit.TouchEvent;
import dev.gatehouse.engine.delivery.OutboxStatus;
import dev.gatehouse.engine.delivery.SuppressionReason;
import dev.gatehouse.engine.ids.TouchId;
import dev.gatehouse.engine.delivery.OutboxMessage;
import dev.gatehouse.engine.delivery.SendOutcome;
import dev.gatehouse.engine.delivery.MailTransport;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.store.Stores;
import io.github.resilience4j.core.IntervalFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Sends one due outbox row. The kill switch and the suppression list are checked here, at send
 * time, not only when the draft was made (invariant 3).
 */
public final class OutboxDispatch {
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatch.class);
    static final int MAX_ATTEMPTS = 5;
    /** 2, 4, 8, 16 minutes; the retry itself is a durable job rescheduled per row (see {@code Jobs.sendAt}). */
    private static final IntervalFunction BACKOFF = IntervalFunction.ofExponentialBackoff(Duration.ofMinutes(2), 2,
            Duration.ofMinutes(64));

    private final Stores stores;
    private final MailTransport transport;
    private final ReviewNotifier notifier;
    private final Clock clock;
    private final BiConsumer<Long, Instant> reschedule;
    private final SendLeases leases;

    /** With a one-minute lease that is not renewed: for sends that cannot be cut off half-way (tests). */
    public OutboxDispatch(Stores stores, MailTransport transport, ReviewNotifier notifier, Clock clock,
                          BiConsumer<Long, Instant> reschedule) {
        this(stores, transport, notifier, clock, reschedule, new SendLeases(stores.outbox(), Duration.ofMinutes(1)));
    }

    public OutboxDispatch(Stores stores, MailTransport transport, ReviewNotifier notifier, Clock clock,
                          BiConsumer<Long, Instant> reschedule, SendLeases leases) {
        this.stores = stores;
        this.transport = transport;
        this.notifier = notifier;
        this.clock = clock;
        this.reschedule = reschedule;
        this.leases = leases;
    }

    /** {@code TAKEN_OVER}: sent, but another instance had taken the row over meanwhile and records it. */
    public enum Result { SENT, NOT_DUE, PAUSED, SUPPRESSED, RETRY, FAILED, TAKEN_OVER }

    public Result dispatch(long outboxId) {
        var now = clock.instant();
        // paused: leave the row untouched (pending) rather than claim it only to put it back
        if (stores.playbook().sendingPaused()) return Result.PAUSED;
        var claimed = stores.outbox().claim(outboxId, now, leases.owner(), leases.length());
        if (claimed.isEmpty()) return Result.NOT_DUE;
        try (var held = leases.hold(outboxId)) {
            return deliver(claimed.get());
        }
    }

    private Result deliver(OutboxMessage message) {
        var outboxId = message.id();
        if (stores.playbook().sendingPaused()) { // paused between the check above and the claim
            stores.outbox().markStatus(outboxId, OutboxStatus.PENDING, "sending paused");
            return Result.PAUSED;
        }
        if (stores.suppressions().isSuppressed(message.to())) {
            stores.inTransaction(s -> {
                s.outbox().markStatus(outboxId, OutboxStatus.SUPPRESSED, "recipient is on the suppression list");
                s.touches().transition(message.touchId(), TouchStatus.APPROVED, TouchStatus.SUPPRESSED, null);
                s.audit().append(new TouchEvent.SendSuppressed(new TouchId(message.touchId()), message.to()));
                return null;
            });
            notifyUpdated(message.touchId());
            return Result.SUPPRESSED;
        }
        SendOutcome outcome;
        try {
            outcome = transport.send(message);
        } catch (RuntimeException e) {
            outcome = new SendOutcome.TemporaryFailure(e.toString());
        }
        switch (outcome) {
            case SendOutcome.TemporaryFailure t -> {
                return failed(message, t.reason(), false);
            }
            case SendOutcome.PermanentFailure p -> {
                if (p.recipientRejected()) {
                    stores.suppressions().suppress(message.to(), SuppressionReason.BOUNCE, "smtp: " + p.reason());
                }
                return failed(message, p.reason(), true);
            }
            case SendOutcome.Sent sent -> {
                // fall through to bookkeeping below
            }
        }
        if (recordSent(message)) return Result.SENT;
        log.warn("Outbox {} was sent, but another instance had taken it over meanwhile", outboxId);
        return Result.TAKEN_OVER;
    }

    /**
     * Records a row this instance holds as sent: the touch, its audit row and the review message
     * follow. False (and nothing recorded) when another instance took the row over meanwhile.
     */
    public boolean recordSent(OutboxMessage message) {
        boolean recorded = stores.inTransaction(s -> {
            if (!s.outbox().markSentBy(message.id(), leases.owner(), clock.instant())) return false;
            s.touches().transition(message.touchId(), TouchStatus.APPROVED, TouchStatus.SENT, null);
            s.audit().append(new TouchEvent.Sent(new TouchId(message.touchId()), message.messageId()));
            return true;
        });
        if (recorded) notifyUpdated(message.touchId());
        return recorded;
    }

    private Result failed(OutboxMessage message, String error, boolean permanent) {
        var attempts = message.attempts() + 1;
        var giveUp = permanent || attempts >= MAX_ATTEMPTS;
        var retryAt = clock.instant().plusMillis(BACKOFF.apply(attempts));
        log.warn("Sending outbox {} failed (attempt {}): {}", message.id(), attempts, error);
        stores.outbox().markFailed(message.id(), error, retryAt, giveUp);
        if (giveUp) {
            stores.touches().transition(message.touchId(), TouchStatus.APPROVED, TouchStatus.FAILED, null);
            stores.audit().append(new TouchEvent.SendFailed(new TouchId(message.touchId()), error));
            notifyUpdated(message.touchId());
            return Result.FAILED;
        }
        reschedule.accept(message.id(), retryAt);
        return Result.RETRY;
    }

    private void notifyUpdated(long touchId) {
        Optional.of(touchId).flatMap(stores::reviewItem).ifPresent(notifier::reviewUpdated);
    }
}
