package dev.gatehouse.engine.writing;

import java.util.List;

/**
 * Deterministic phrasing choices seeded by account and signal ids: the same request always gets
 * the same email, and two accounts rarely get the same words with the names swapped.
 */
final class Variants {
    private final long seed;

    Variants(long accountId, long signalId, int shift) {
        this.seed = mix(mix(accountId) ^ mix(signalId * 0x9E3779B97F4A7C15L) ^ mix(shift + 0x632BE59BD9B4E019L));
    }

    int pick(int slot, int options) {
        return (int) Long.remainderUnsigned(mix(seed + slot * 0xBF58476D1CE4E5B9L), options);
    }

    <T> T pick(int slot, List<T> options) {
        return options.get(pick(slot, options.size()));
    }

    /** SplitMix64's finaliser: spreads nearby ids over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
