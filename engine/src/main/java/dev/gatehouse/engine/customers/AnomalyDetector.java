package dev.gatehouse.engine.customers;

import dev.gatehouse.engine.customers.CustomerFacts.UsageWeek;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A week of a usage metric against the median and MAD of the weeks before it (robust: one odd
 * week in the baseline moves neither). Flagged when it lies {@value #THRESHOLD} robust deviations
 * away and at least 20% from the median; a flat baseline's deviation is taken as 5% of its median,
 * so ordinary noise on a steady metric is not an anomaly. Pure.
 */
public final class AnomalyDetector {
    static final int BASELINE_WEEKS = 8;
    static final int MIN_BASELINE = 4;
    static final double THRESHOLD = 3.5;

    /** What was found about one week of one metric; {@code sources} are the week's row and the baseline's. */
    public record Finding(String metric, LocalDate week, AnomalyDirection direction, double value, double median, double mad,
                          List<Ref> sources) {
        public double change() {
            return median == 0 ? 0 : (value - median) / median;
        }
    }

    /**
     * The normal range around a baseline: a week strictly inside it is normal, a week on or beyond
     * an edge is flagged. It is the median ± {@value #THRESHOLD} robust deviations (1.4826·MAD, at least 5% of the
     * median) and never narrower than ±20% of the median.
     */
    public record Band(double low, double high) {
        public boolean contains(double value) {
            return value > low && value < high;
        }
    }

    public static Band band(double median, double mad) {
        double scale = Math.max(1.4826 * mad, Math.max(0.05 * Math.abs(median), 1e-9));
        double half = Math.max(THRESHOLD * scale, 0.2 * Math.abs(median));
        return new Band(median - half, median + half);
    }

    /** @param series one metric's weeks, oldest first */
    public Optional<Finding> check(List<UsageWeek> series, LocalDate week) {
        var current = series.stream().filter(u -> u.weekStart().equals(week)).findFirst();
        if (current.isEmpty()) return Optional.empty();
        var baseline = series.stream().filter(u -> u.weekStart().isBefore(week)
                && !u.weekStart().isBefore(week.minusWeeks(BASELINE_WEEKS))).toList();
        if (baseline.size() < MIN_BASELINE) return Optional.empty();
        var values = baseline.stream().mapToDouble(UsageWeek::value).toArray();
        double median = Robust.median(values);
        double mad = Robust.mad(values, median);
        double x = current.get().value();
        if (band(median, mad).contains(x)) return Optional.empty();
        var sources = new java.util.ArrayList<Ref>();
        sources.add(current.get().ref());
        baseline.forEach(u -> sources.add(u.ref()));
        return Optional.of(new Finding(current.get().metric(), week, x < median ? AnomalyDirection.DROP : AnomalyDirection.SPIKE,
                x, median, mad, sources));
    }
}
