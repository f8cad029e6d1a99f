package dev.gatehouse.engine.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Per-mailbox pacing: at most {@code dailyCap} sends per day (the mailbox's day), at least
 * {@code minSpacing} between two sends, plus a random {@code 0..maxJitter} so the sends do not
 * look machine-timed.
 */
public final class MailboxThrottle {
    private final int dailyCap;
    private final Duration minSpacing;
    private final Duration maxJitter;
    private final ZoneId mailboxZone;
    private final RandomGenerator random;

    public MailboxThrottle(int dailyCap, Duration minSpacing, Duration maxJitter, ZoneId mailboxZone,
                           RandomGenerator random) {
        if (dailyCap < 1) throw new IllegalArgumentException("dailyCap must be at least 1");
        this.dailyCap = dailyCap;
        this.minSpacing = requireNonNegative(minSpacing, "minSpacing");
        this.maxJitter = requireNonNegative(maxJitter, "maxJitter");
        this.mailboxZone = Objects.requireNonNull(mailboxZone, "mailboxZone");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The earliest instant at or after {@code now} this mailbox may send its next email. */
    public Instant nextSlot(MailboxState state, Instant now) {
        Duration jitter = Duration.ofMillis(random.nextLong(maxJitter.toMillis() + 1));
        Instant earliest = now;
        if (state.lastSentAt() != null) {
            Instant spaced = state.lastSentAt().plus(minSpacing).plus(jitter);
            if (spaced.isAfter(earliest)) earliest = spaced;
        }
        if (state.sentToday() >= dailyCap) {
            Instant tomorrow = now.atZone(mailboxZone).toLocalDate().plusDays(1)
                    .atStartOfDay(mailboxZone).toInstant().plus(jitter);
            if (tomorrow.isAfter(earliest)) earliest = tomorrow;
        }
        return earliest;
    }

    private static Duration requireNonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) throw new IllegalArgumentException(name + " must not be negative");
        return d;
    }
}
