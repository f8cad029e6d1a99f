package dev.gatehouse.bench.replies;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.replies.InboundReply;
import dev.gatehouse.engine.replies.OfflineTriage;
import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.replies.ReplyTriage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accuracy, macro-F1 and the confusion matrix of a triage on a labelled JSON Lines set
 * ({@code label}, optional {@code accept}); a prediction listed in {@code accept} counts as right.
 * Lines may also carry {@code from}, {@code headers}, {@code received} (ISO date, else the
 * evaluation's date), {@code lang} and the expected {@code return_date} ({@code MM-DD}).
 */
public final class TriageEvaluation {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final ReplyTriage triage;
    private final LocalDate received;

    public TriageEvaluation(ReplyTriage triage, LocalDate received) {
        this.triage = triage;
        this.received = received;
    }

    /**
     * One labelled reply and what the triage made of it.
     *
     * @param expectedDate the labelled return date, null when none is labelled
     */
    public record Case(String id, String language, ReplyLabel expected, Set<ReplyLabel> accepted, ReplyLabel predicted,
                       double confidence, MonthDay expectedDate, MonthDay predictedDate) {

        public Case(String id, ReplyLabel expected, Set<ReplyLabel> accepted, ReplyLabel predicted) {
            this(id, "", expected, accepted, predicted, 1.0, null, null);
        }

        public boolean right() {
            return predicted == expected || accepted.contains(predicted);
        }

        /** The label scored for this case: the prediction when accepted, else the expected label. */
        public ReplyLabel truth() {
            return right() ? predicted : expected;
        }

        /** Whether a labelled return date was found exactly (true when none is labelled). */
        public boolean dateRight() {
            return expectedDate == null || expectedDate.equals(predictedDate);
        }
    }

    public List<Case> run(Path labelled) {
        try {
            var cases = new ArrayList<Case>();
            for (var line : Files.readAllLines(labelled)) {
                if (line.isBlank()) continue;
                cases.add(evaluate(Json.mapper().readTree(line)));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Case evaluate(JsonNode node) {
        var expected = ReplyLabel.fromWire(node.path("label").asText()).orElseThrow();
        var accepted = new HashSet<ReplyLabel>();
        node.path("accept").forEach(a -> ReplyLabel.fromWire(a.asText()).ifPresent(accepted::add));
        var day = node.hasNonNull("received") ? LocalDate.parse(node.get("received").asText().substring(0, 10)) : received;
        var reply = new InboundReply(node.path("subject").asText(), node.path("body").asText(), node.path("from").asText(""),
                headers(node.path("headers")), day);
        var result = triage.triage(reply);
        var expectedDate = node.hasNonNull("return_date") ? MonthDay.parse("--" + node.get("return_date").asText()) : null;
        return new Case(node.path("id").asText(), node.path("lang").asText(""), expected, accepted, result.label(),
                result.confidence(), expectedDate, result.returnDate());
    }

    private static Map<String, List<String>> headers(JsonNode node) {
        var headers = new LinkedHashMap<String, List<String>>();
        node.properties().forEach(e -> headers.put(e.getKey(), List.of(e.getValue().asText())));
        return headers;
    }

    public static double accuracy(List<Case> cases) {
        return cases.isEmpty() ? 0 : cases.stream().filter(Case::right).count() / (double) cases.size();
    }

    /** Macro-F1 over the labels that occur as truth or prediction. */
    public static double macroF1(List<Case> cases) {
        var labels = new HashSet<ReplyLabel>();
        cases.forEach(c -> { labels.add(c.truth()); labels.add(c.predicted()); });
        double sum = 0;
        for (var label : labels) sum += f1(cases, label);
        return labels.isEmpty() ? 0 : sum / labels.size();
    }

    static double f1(List<Case> cases, ReplyLabel label) {
        long tp = cases.stream().filter(c -> c.truth() == label && c.predicted() == label).count();
        long fp = cases.stream().filter(c -> c.truth() != label && c.predicted() == label).count();
        long fn = cases.stream().filter(c -> c.truth() == label && c.predicted() != label).count();
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    public static void print(List<Case> cases, PrintStream out) {
        TriageReport.print(cases, out);
    }

    static String date(MonthDay day) {
        return day == null ? "none" : MONTH_DAY.format(day);
    }

    /** {@code TriageEvaluation <labelled.jsonl>...}, e.g. the team's {@code replies-dev.jsonl} and {@code eval/*.jsonl}. */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("Usage: TriageEvaluation <labelled replies, JSON Lines>...");
            System.exit(2);
        }
        var evaluation = new TriageEvaluation(new OfflineTriage(), LocalDate.of(2026, 11, 20));
        for (var arg : args) evaluation.run(Path.of(arg)); // warm-up: the times below are of the second pass
        for (var arg : args) {
            System.out.println("== " + arg);
            long start = System.nanoTime();
            var cases = evaluation.run(Path.of(arg));
            double millis = (System.nanoTime() - start) / 1e6 / cases.size();
            print(cases, System.out);
            System.out.printf(java.util.Locale.ROOT, "mean %.1f ms per reply (offline triage, target <= %.0f ms)%n",
                    millis, TriageBenchmark.TARGET_MILLIS);
        }
    }
}
