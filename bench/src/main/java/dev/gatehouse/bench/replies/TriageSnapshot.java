package dev.gatehouse.bench.replies;

import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.replies.InboundReply;
import dev.gatehouse.engine.replies.OfflineTriage;
import dev.gatehouse.engine.replies.ReplyTriage;
import dev.gatehouse.engine.replies.TriageResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every prediction of a triage, one line a reply, exact to the last bit of the confidence: run it
 * before and after a change that must not change what triage says (a speed-up) and {@code diff} the
 * two files. It reads labelled JSON Lines sets and adds the benchmark's own replies.
 */
public final class TriageSnapshot {

    private static final LocalDate DEFAULT_RECEIVED = LocalDate.of(2026, 11, 20);

    private final ReplyTriage triage;

    public TriageSnapshot(ReplyTriage triage) {
        this.triage = triage;
    }

    /** One line per reply of each set, then one per benchmark reply. */
    public void write(List<Path> sets, int benchmarkReplies, PrintStream out) {
        for (var set : sets) {
            for (var entry : read(set).entrySet()) out.println(set.getFileName() + ":" + entry.getKey() + " " + line(triage.triage(entry.getValue())));
        }
        var generated = TriageBenchmark.replies(benchmarkReplies);
        for (int i = 0; i < generated.size(); i++) out.println("bench:" + i + " " + line(triage.triage(generated.get(i))));
    }

    static String line(TriageResult r) {
        return String.format(Locale.ROOT, "%s %s %s %s %s %s", r.label().wire(), Double.toString(r.confidence()),
                r.returnDate(), r.referredTo(), r.injectionSuspected(), r.reasons());
    }

    private static Map<String, InboundReply> read(Path set) {
        try {
            var replies = new LinkedHashMap<String, InboundReply>();
            for (var line : Files.readAllLines(set)) {
                if (line.isBlank()) continue;
                var node = Json.mapper().readTree(line);
                var day = node.hasNonNull("received") ? LocalDate.parse(node.get("received").asText().substring(0, 10)) : DEFAULT_RECEIVED;
                var headers = new LinkedHashMap<String, List<String>>();
                node.path("headers").properties().forEach(e -> headers.put(e.getKey(), List.of(e.getValue().asText())));
                replies.put(node.path("id").asText(), new InboundReply(node.path("subject").asText(), node.path("body").asText(),
                        node.path("from").asText(""), headers, day));
            }
            return replies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code TriageSnapshot <labelled.jsonl>...}: the offline triage's predictions on stdout. */
    public static void main(String[] args) {
        new TriageSnapshot(new OfflineTriage()).write(java.util.Arrays.stream(args).map(Path::of).toList(), 300, System.out);
    }
}
