package dev.gatehouse.bench.replies;

import dev.gatehouse.bench.replies.TriageEvaluation.Case;
import dev.gatehouse.engine.replies.ReplyLabel;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The printed report of a triage evaluation: totals, the compliance counts (every unsubscribe and
 * bounce caught, every return date right), a table per language and per label as Markdown, a
 * reliability table (confidence bucket against accuracy), the confusion matrix and each miss.
 */
final class TriageReport {

    /** Below this confidence a reply is shown to the reviewer as "unsure" (the engine's threshold). */
    static final double UNSURE = dev.gatehouse.engine.inbound.ReplyActions.LOW_CONFIDENCE;
    private static final double[] BUCKETS = {0.0, UNSURE, 0.5, 0.7, 0.85, 0.95, 1.0001};

    private TriageReport() {
    }

    static void print(List<Case> cases, PrintStream out) {
        out.printf(Locale.ROOT, "n=%d accuracy=%.3f macroF1=%.3f unsure=%d%n", cases.size(),
                TriageEvaluation.accuracy(cases), TriageEvaluation.macroF1(cases), unsure(cases));
        caught(cases, ReplyLabel.UNSUBSCRIBE, out);
        caught(cases, ReplyLabel.BOUNCE, out);
        var dated = cases.stream().filter(c -> c.expectedDate() != null).toList();
        out.printf(Locale.ROOT, "return dates right: %d/%d%n", dated.stream().filter(Case::dateRight).count(), dated.size());
        var byLanguage = cases.stream().collect(Collectors.groupingBy(Case::language, TreeMap::new, Collectors.toList()));
        if (byLanguage.size() > 1) {
            out.println("\n| language | replies | accuracy | macro-F1 | return dates | unsure |\n| --- | --- | --- | --- | --- | --- |");
            byLanguage.forEach((language, list) -> out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %s | %d |%n", language,
                    list.size(), TriageEvaluation.accuracy(list), TriageEvaluation.macroF1(list), dates(list), unsure(list)));
        }
        out.println("\n| label | replies | precision | recall | F1 |\n| --- | --- | --- | --- | --- |");
        for (var label : ReplyLabel.values()) {
            long truth = cases.stream().filter(c -> c.truth() == label).count();
            long predicted = cases.stream().filter(c -> c.predicted() == label).count();
            long tp = cases.stream().filter(c -> c.truth() == label && c.predicted() == label).count();
            if (truth == 0 && predicted == 0) continue;
            out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", label.wire(), truth,
                    predicted == 0 ? 0 : tp / (double) predicted, truth == 0 ? 0 : tp / (double) truth,
                    TriageEvaluation.f1(cases, label));
        }
        reliability(cases, out);
        Map<ReplyLabel, Map<ReplyLabel, Integer>> confusion = new EnumMap<>(ReplyLabel.class);
        cases.forEach(c -> confusion.computeIfAbsent(c.truth(), l -> new EnumMap<>(ReplyLabel.class))
                .merge(c.predicted(), 1, Integer::sum));
        out.println();
        confusion.forEach((truth, row) -> out.println("  " + truth.wire() + " -> " + row));
        cases.stream().filter(c -> !c.right()).forEach(c -> out.printf(Locale.ROOT, "  wrong %s: expected %s, got %s (%.2f)%n",
                c.id(), c.expected().wire(), c.predicted().wire(), c.confidence()));
        cases.stream().filter(c -> c.right() && !c.dateRight()).forEach(c -> out.println("  wrong date " + c.id() + ": expected "
                + TriageEvaluation.date(c.expectedDate()) + ", got " + TriageEvaluation.date(c.predictedDate())));
    }

    private static void caught(List<Case> cases, ReplyLabel label, PrintStream out) {
        var all = cases.stream().filter(c -> c.expected() == label).toList();
        out.printf(Locale.ROOT, "%s caught: %d/%d (false alarms: %d)%n", label.wire(),
                all.stream().filter(c -> c.predicted() == label).count(), all.size(),
                cases.stream().filter(c -> c.expected() != label && c.predicted() == label).count());
    }

    private static String dates(List<Case> list) {
        var dated = list.stream().filter(c -> c.expectedDate() != null).toList();
        return dated.stream().filter(Case::dateRight).count() + "/" + dated.size();
    }

    private static long unsure(List<Case> cases) {
        return cases.stream().filter(c -> c.confidence() < UNSURE).count();
    }

    /** Each confidence bucket with how many replies fell in it and how many of those were right. */
    static void reliability(List<Case> cases, PrintStream out) {
        out.println("\n| confidence | replies | accuracy | mean confidence |\n| --- | --- | --- | --- |");
        for (int i = 0; i + 1 < BUCKETS.length; i++) {
            double lo = BUCKETS[i];
            double hi = BUCKETS[i + 1];
            var in = cases.stream().filter(c -> c.confidence() >= lo && c.confidence() < hi).toList();
            if (in.isEmpty()) continue;
            out.printf(Locale.ROOT, "| %.2f–%.2f | %d | %.3f | %.3f |%n", lo, Math.min(hi, 1.0), in.size(),
                    TriageEvaluation.accuracy(in), in.stream().mapToDouble(Case::confidence).average().orElse(0));
        }
    }
}
