package dev.gatehouse.bench.report;

import java.util.Objects;

/**
 * One line of a report table: what was measured, the figure, the baseline measured beside it in
 * the same run, and the target with its verdict (an empty target has {@link Verdict#NONE}).
 */
public record Row(String measure, String result, String baseline, String target, Verdict verdict) {
    public Row {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(verdict, "verdict");
        if (target.isBlank() != (verdict == Verdict.NONE)) {
            throw new IllegalArgumentException("a target needs a verdict and a verdict a target: " + measure);
        }
    }

    /** A figure kept for information, with no target. */
    public static Row info(String measure, String result, String baseline) {
        return new Row(measure, result, baseline, "", Verdict.NONE);
    }
}
