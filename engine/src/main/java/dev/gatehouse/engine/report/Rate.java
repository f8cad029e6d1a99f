package dev.gatehouse.engine.report;

import java.util.Locale;

/**
 * A count over a named denominator ("per delivered first email"), so a rate never hides what it
 * divides by. An empty denominator has no rate, not a division by zero.
 */
public record Rate(long count, long of, String per) {
    public Rate {
        if (count < 0 || of < 0) throw new IllegalArgumentException("counts are never negative");
    }

    /** The share, or NaN when there is nothing to divide by. */
    public double value() {
        return of == 0 ? Double.NaN : (double) count / of;
    }

    /** "12.5% (3 of 24 delivered first emails)", or "– (0 delivered first emails)". */
    public String text() {
        if (of == 0) return "– (no " + per + ")";
        return String.format(Locale.ROOT, "%.1f%% (%d of %d %s)", 100.0 * value(), count, of, per);
    }
}
