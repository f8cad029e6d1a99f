package dev.gatehouse.engine.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Combines the bounce breaker, the mailbox throttle and the recipient's send window. The throttle
 * runs first and the window can only move the slot later, so spacing and the daily cap still hold.
 */
public final class SendPlanner {
    private final Clock clock;
    private final SendWindow window;
    private final MailboxThrottle throttle;
    private final BounceCircuitBreaker breaker;

    public SendPlanner(DeliverabilityConfig config, Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.window = config.window();
        this.throttle = new MailboxThrottle(config.dailyCap(), config.minSpacing(), config.maxJitter(),
                config.mailboxZone(), random);
        this.breaker = config.breaker();
    }

    public SendPlan nextSendAt(ZoneId recipientZone, MailboxState state) {
        Optional<String> paused = breaker.check(state);
        if (paused.isPresent()) return new SendPlan.Paused(paused.get());
        Instant slot = throttle.nextSlot(state, clock.instant());
        return new SendPlan.SendAt(window.nextAllowed(slot, recipientZone));
    }
}
