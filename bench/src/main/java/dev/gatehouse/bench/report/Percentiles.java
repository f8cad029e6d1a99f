package dev.gatehouse.bench.report;

import java.util.Arrays;
import java.util.Locale;

/** Milliseconds at the usual ranks of a set of timings, nearest-rank. */
public record Percentiles(int count, double mean, double p50, double p95, double p99, double max) {

    public static Percentiles ofNanos(long[] nanos) {
        if (nanos.length == 0) throw new IllegalArgumentException("no timings");
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElseThrow() / 1e6;
        return new Percentiles(sorted.length, mean, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double rank(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)] / 1e6;
    }

    /** {@code p50 12.3 ms, p95 45.6 ms}. */
    public String p50p95() {
        return String.format(Locale.ROOT, "p50 %s ms, p95 %s ms", Figures.ms(p50), Figures.ms(p95));
    }

    /** {@code p50 12.3 ms, p99 45.6 ms}. */
    public String p50p99() {
        return String.format(Locale.ROOT, "p50 %s ms, p99 %s ms", Figures.ms(p50), Figures.ms(p99));
    }
}
