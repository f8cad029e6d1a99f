package dev.gatehouse.engine.delivery;

import java.util.List;
import java.util.Optional;

/**
 * Pauses a mailbox whose recent sends hard-bounce too often, before the provider does it for us.
 * Looks at the newest {@code window} sends since the last manual reset and trips when the hard
 * bounces among them reach both {@code minHardBounces} (so one early bounce is not a rate of 100%)
 * and {@code maxBounceRate}. With the defaults (50, 3, 5%) that is 3 hard bounces in the last 50.
 * It closes again once a person resets it or the bounces fall out of the window.
 */
public record BounceCircuitBreaker(int window, int minHardBounces, double maxBounceRate) {
    public BounceCircuitBreaker {
        if (window < 1) throw new IllegalArgumentException("window must be at least 1");
        if (minHardBounces < 1) throw new IllegalArgumentException("minHardBounces must be at least 1");
        if (!(maxBounceRate > 0 && maxBounceRate <= 1)) throw new IllegalArgumentException("maxBounceRate in (0, 1]");
    }

    /** Why the mailbox must pause, or empty when it may send. */
    public Optional<String> check(MailboxState state) {
        List<MailboxState.RecentSend> considered = state.recentSends().stream()
                .filter(s -> state.breakerResetAt() == null || s.sentAt().isAfter(state.breakerResetAt()))
                .limit(window)
                .toList();
        long bounces = considered.stream().filter(MailboxState.RecentSend::hardBounced).count();
        if (considered.isEmpty() || bounces < minHardBounces) return Optional.empty();
        double rate = (double) bounces / considered.size();
        if (rate < maxBounceRate) return Optional.empty();
        return Optional.of("%d hard bounces in the last %d sends from %s (%.1f%%); check the list, then reset"
                .formatted(bounces, considered.size(), state.mailbox(), rate * 100));
    }
}
