package dev.gatehouse.engine.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The gate's own numbers for the drafts decided in a window, one outcome per draft: approved as
 * written, edited then approved, or rejected (Gatehouse's supervised approvals are counted apart,
 * never as a person's). Also why people rejected, how much an edit changed the body (Levenshtein
 * distance in characters, from the draft to the text sent), how long a draft waited for its
 * decision, and how old the queue is now; and for what went out under supervised autonomy, the
 * samples reviewed after the fact and how many were flagged.
 */
public record GateNumbers(long decided, long approved, long edited, long rejected, long systemApprovals,
                          Map<String, Long> rejectReasons, double medianEditDistance, Duration medianTimeToDecision,
                          int queued, Duration oldestQueued, SampledReviews samples) {
    public static final String PER_DECIDED = "drafts a person decided";

    public static GateNumbers of(Collection<DecisionRow> rows, List<Instant> waitingSince, SampledReviews samples,
                                 Instant now) {
        var byTouch = rows.stream().collect(Collectors.groupingBy(DecisionRow::touchId, TreeMap::new, Collectors.toList()));
        long approved = 0, edited = 0, rejected = 0, system = 0;
        var reasons = new TreeMap<String, Long>();
        var distances = new ArrayList<Double>();
        var waits = new ArrayList<Double>();
        for (var decisions : byTouch.values()) {
            var last = decisions.stream().filter(DecisionRow::isFinal).reduce((a, b) -> b).orElse(null);
            if (last == null) continue;
            if (!last.byPerson()) {
                system++;
                continue;
            }
            var edits = decisions.stream().filter(d -> d.decision().equals("edit")).toList();
            if (last.decision().equals("reject")) {
                rejected++;
                reasons.merge(last.reasonCode() == null ? "none" : last.reasonCode(), 1L, Long::sum);
            } else if (edits.isEmpty()) {
                approved++;
            } else {
                edited++;
                distances.add((double) EditDistance.between(edits.getFirst().beforeBody(), edits.getLast().afterBody()));
            }
            waits.add((double) Duration.between(last.draftedAt(), last.decidedAt()).toSeconds());
        }
        var oldest = waitingSince.stream().min(Instant::compareTo).map(at -> Duration.between(at, now)).orElse(Duration.ZERO);
        return new GateNumbers(approved + edited + rejected, approved, edited, rejected, system, reasons,
                median(distances), Duration.ofSeconds((long) median(waits)), waitingSince.size(), oldest, samples);
    }

    public Rate approveRate() {
        return new Rate(approved, decided, PER_DECIDED);
    }

    public Rate editRate() {
        return new Rate(edited, decided, PER_DECIDED);
    }

    public Rate rejectRate() {
        return new Rate(rejected, decided, PER_DECIDED);
    }

    /** The median, or 0 for none (an empty week has nothing to divide). */
    private static double median(List<Double> values) {
        if (values.isEmpty()) return 0;
        var sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
