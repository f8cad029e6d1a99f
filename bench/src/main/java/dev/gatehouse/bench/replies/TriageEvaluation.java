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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accuracy, macro-F1 and the confusion matrix of a triage on a labelled JSON Lines set
 * ({@code label}, optional {@code accept}); a prediction listed in {@code accept} counts as right.
 */
public final class TriageEvaluation {

    private final ReplyTriage triage;
    private final LocalDate received;

    public TriageEvaluation(ReplyTriage triage, LocalDate received) {
        this.triage = triage;
        this.received = received;
    }

    public record Case(String id, ReplyLabel expected, Set<ReplyLabel> accepted, ReplyLabel predicted) {
        public boolean right() {
            return predicted == expected || accepted.contains(predicted);
        }

        /** The label scored for this case: the prediction when accepted, else the expected label. */
        public ReplyLabel truth() {
            return right() ? predicted : expected;
        }
    }

    public List<Case> run(Path labelled) {
        try {
            var cases = new ArrayList<Case>();
            for (var line : Files.readAllLines(labelled)) {
                if (line.isBlank()) continue;
                JsonNode node = Json.mapper().readTree(line);
                var expected = ReplyLabel.fromWire(node.path("label").asText()).orElseThrow();
                var accepted = new HashSet<ReplyLabel>();
                node.path("accept").forEach(a -> ReplyLabel.fromWire(a.asText()).ifPresent(accepted::add));
                var reply = InboundReply.of(node.path("subject").asText(), node.path("body").asText(), received);
                cases.add(new Case(node.path("id").asText(), expected, accepted, triage.triage(reply).label()));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static double accuracy(List<Case> cases) {
        return cases.isEmpty() ? 0 : cases.stream().filter(Case::right).count() / (double) cases.size();
    }

    /** Macro-F1 over the labels that occur as truth or prediction. */
    public static double macroF1(List<Case> cases) {
        var labels = new HashSet<ReplyLabel>();
        cases.forEach(c -> { labels.add(c.truth()); labels.add(c.predicted()); });
        double sum = 0;
        for (var label : labels) {
            long tp = cases.stream().filter(c -> c.truth() == label && c.predicted() == label).count();
            long fp = cases.stream().filter(c -> c.truth() != label && c.predicted() == label).count();
            long fn = cases.stream().filter(c -> c.truth() == label && c.predicted() != label).count();
            sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return labels.isEmpty() ? 0 : sum / labels.size();
    }

    public static void print(List<Case> cases, PrintStream out) {
        out.printf(Locale.ROOT, "n=%d accuracy=%.3f macroF1=%.3f%n", cases.size(), accuracy(cases), macroF1(cases));
        Map<ReplyLabel, Map<ReplyLabel, Integer>> confusion = new EnumMap<>(ReplyLabel.class);
        cases.forEach(c -> confusion.computeIfAbsent(c.truth(), l -> new EnumMap<>(ReplyLabel.class))
                .merge(c.predicted(), 1, Integer::sum));
        confusion.forEach((truth, row) -> out.println("  " + truth.wire() + " -> " + row));
        cases.stream().filter(c -> !c.right()).forEach(c ->
                out.println("  wrong " + c.id() + ": expected " + c.expected().wire() + ", got " + c.predicted().wire()));
    }

    /** {@code TriageEvaluation <labelled.jsonl>}, e.g. the team's {@code replies-dev.jsonl}. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("Usage: TriageEvaluation <labelled replies, JSON Lines>");
            System.exit(2);
        }
        var path = Path.of(args[0]);
        var cases = new TriageEvaluation(new OfflineTriage(), LocalDate.now()).run(path);
        print(cases, System.out);
    }
}
