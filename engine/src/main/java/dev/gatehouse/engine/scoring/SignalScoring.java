package dev.gatehouse.engine.scoring;

import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;

import java.time.Instant;
import java.util.List;

/**
 * The signal part. Each signal is worth {@code weight × 0.5^(age / halfLife)}; signals combine
 * as {@code 1 − Π(1 − w_i·decay_i)}, so a second funding round adds less than the first and the
 * part never exceeds its maximum. Each signal's reason shows its marginal points, strongest
 * first, so the lines add up to the part.
 */
final class SignalScoring {
    static final String PART = "signal";
    /** Reasons beyond this many strongest signals are folded into one line. */
    static final int LISTED_SIGNALS = 5;
    private static final long SECONDS_PER_DAY = 86_400;
    private static final String[] LABELS = labels();

    private SignalScoring() {
    }

    /** The combined strength 0..1, without reasons. */
    static double strength(CompiledIcp icp, List<Signal> signals, Instant now) {
        double remaining = 1.0;
        for (var signal : signals) remaining *= 1.0 - contribution(icp, signal, now);
        return 1.0 - remaining;
    }

    static double score(CompiledIcp icp, List<Signal> signals, Instant now, double max, List<Score.Reason> out) {
        int n = signals.size();
        var strength = new double[n];
        var order = new int[n];
        for (int i = 0; i < n; i++) {
            strength[i] = contribution(icp, signals.get(i), now);
            order[i] = i;
        }
        sortByStrengthDescending(order, strength);
        double remaining = 1.0;
        double foldedPoints = 0;
        int folded = 0;
        int listed = 0;
        for (int i : order) {
            if (strength[i] <= 0) break;
            double points = max * remaining * strength[i];
            remaining *= 1.0 - strength[i];
            if (listed < LISTED_SIGNALS) {
                out.add(new Score.Reason(PART, describe(icp, signals.get(i), now, strength[i], points), points));
                listed++;
            } else {
                foldedPoints += points;
                folded++;
            }
        }
        if (folded > 0) {
            out.add(new Score.Reason(PART, folded + " more weaker signals (diminishing returns): "
                    + Points.signed(foldedPoints), foldedPoints));
        }
        if (listed == 0) out.add(new Score.Reason(PART, "No weighted signals: +0", 0));
        return max * (1.0 - remaining);
    }

    static double decay(CompiledIcp icp, Signal signal, Instant now) {
        long age = Math.max(0, now.getEpochSecond() - signal.observedAt().getEpochSecond());
        return Math.pow(0.5, age / icp.halfLifeSeconds());
    }

    private static double contribution(CompiledIcp icp, Signal signal, Instant now) {
        double weight = icp.weight(signal.kind());
        return weight == 0 ? 0 : weight * decay(icp, signal, now);
    }

    private static String describe(CompiledIcp icp, Signal signal, Instant now, double strength, double points) {
        long days = Math.max(0, now.getEpochSecond() - signal.observedAt().getEpochSecond()) / SECONDS_PER_DAY;
        var age = days == 0 ? "today" : days == 1 ? "1 day ago" : days + " days ago";
        double weight = icp.weight(signal.kind());
        return LABELS[signal.kind().ordinal()] + " " + age + " (weight " + Points.twoDecimals(weight)
                + " × decay " + Points.twoDecimals(strength / weight) + "): " + Points.signed(points);
    }

    /** Insertion sort: signal lists are short and this allocates nothing. */
    private static void sortByStrengthDescending(int[] order, double[] strength) {
        for (int i = 1; i < order.length; i++) {
            int current = order[i];
            int j = i - 1;
            while (j >= 0 && strength[order[j]] < strength[current]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = current;
        }
    }

    private static String[] labels() {
        var kinds = SignalKind.values();
        var labels = new String[kinds.length];
        for (var kind : kinds) {
            var words = kind.wire().replace('_', ' ');
            labels[kind.ordinal()] = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        return labels;
    }
}
