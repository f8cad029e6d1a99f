package dev.gatehouse.bench.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.bench.report.Figures;
import dev.gatehouse.bench.report.Row;
import dev.gatehouse.bench.report.Verdict;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.verify.Verifier;
import dev.gatehouse.engine.verify.VerifyJsonl;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the {@code verify} command's own line handler over a labelled set (the dev sets' format;
 * an optional {@code kind} field groups the lines) and prints, per kind, how many drafts that
 * should be blocked were, and how many that should pass were blocked anyway, with the time per draft.
 * Targets: every unsupported or wrongly bound draft blocked, no grounded one blocked, ≤ 5 ms per draft.
 */
public final class VerifierEvaluation {
    private static final int WARM_UP_ROUNDS = 10;
    private static final int ROUNDS = 20;

    private final VerifyJsonl jsonl = new VerifyJsonl(new Verifier());

    /** Per kind, and over the whole file: drafts that should be blocked and were, drafts that should pass and were blocked. */
    public record Result(String file, Map<String, Tally> kinds, Tally total, double meanMillis, double p99Millis) {
        public boolean met() {
            return total.caught() == total.unsupported() && total.falseBlocks() == 0 && meanMillis <= VerifierBenchmark.TARGET_MILLIS;
        }
    }

    public record Tally(int unsupported, int caught, int grounded, int falseBlocks) {
        Tally add(boolean shouldBlock, boolean blocked) {
            return new Tally(unsupported + (shouldBlock ? 1 : 0), caught + (shouldBlock && blocked ? 1 : 0),
                    grounded + (shouldBlock ? 0 : 1), falseBlocks + (!shouldBlock && blocked ? 1 : 0));
        }
    }

    public Result run(Path file, PrintStream out) {
        var lines = lines(file);
        var kinds = new TreeMap<String, Tally>();
        var total = new Tally(0, 0, 0, 0);
        var empty = new Tally(0, 0, 0, 0);
        for (var line : lines) {
            var labelled = parse(line);
            boolean shouldBlock = labelled.path("expected").asText().equals("block");
            boolean blocked = parse(answer(line)).path("verdict").asText().equals("block");
            var kind = labelled.path("kind").asText(shouldBlock ? "unsupported" : "grounded");
            kinds.put(kind, kinds.getOrDefault(kind, empty).add(shouldBlock, blocked));
            total = total.add(shouldBlock, blocked);
        }
        var times = time(lines);
        var result = new Result(file.getFileName().toString(), kinds, total, Arrays.stream(times).average().orElse(0),
                times[Math.min(times.length - 1, (int) Math.ceil(0.99 * times.length) - 1)]);
        print(result, out);
        return result;
    }

    private String answer(String line) {
        var out = new StringWriter();
        jsonl.run(new StringReader(line), out);
        return out.toString().trim();
    }

    private double[] time(List<String> lines) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) lines.forEach(this::answer);
        var times = new double[lines.size() * ROUNDS];
        int i = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (var line : lines) {
                long start = System.nanoTime();
                answer(line);
                times[i++] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        return times;
    }

    private static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "verifier evaluation over %s (%d drafts)%n", r.file(), r.total().unsupported() + r.total().grounded());
        out.printf(Locale.ROOT, "  %-14s %8s %10s%n", "kind", "blocked", "should be");
        r.kinds().forEach((kind, t) -> {
            if (t.unsupported() > 0) out.printf(Locale.ROOT, "  %-14s %8d %10s%n", kind, t.caught(), t.unsupported() + " (block)");
            if (t.grounded() > 0) out.printf(Locale.ROOT, "  %-14s %8d %10s%n", kind, t.falseBlocks(), "0 of " + t.grounded() + " (pass)");
        });
        out.printf(Locale.ROOT, "  caught %d/%d unsupported or wrongly bound drafts, false blocks %d/%d grounded drafts%n",
                r.total().caught(), r.total().unsupported(), r.total().falseBlocks(), r.total().grounded());
        out.printf(Locale.ROOT, "  verify per draft: mean %.3f ms, p99 %.3f ms (%d rounds after %d warm-up rounds)%n",
                r.meanMillis(), r.p99Millis(), ROUNDS, WARM_UP_ROUNDS);
    }

    public static Row row(Result r) {
        return new Row("verify the labelled drafts of `" + r.file() + "` (" + (r.total().unsupported() + r.total().grounded()) + ", given by path)",
                "caught " + r.total().caught() + "/" + r.total().unsupported() + ", false blocks " + r.total().falseBlocks() + "/"
                        + r.total().grounded() + "; mean " + Figures.ms(r.meanMillis()) + " ms, p99 " + Figures.ms(r.p99Millis()) + " ms",
                "—", "all caught, none falsely blocked, mean ≤ 5 ms", Verdict.of(r.met()));
    }

    /** The labelled sets in a directory whose names start with "verify" (the team's verify-dev.jsonl, eval/verify-bound.jsonl). */
    public static List<Path> sets(Path dir) {
        return sets(dir, "verify");
    }

    /** The labelled JSON Lines files in {@code dir} whose names start with {@code prefix}, by name. */
    public static List<Path> sets(Path dir, String prefix) {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(prefix + ".*\\.jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            var lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
            if (lines.isEmpty()) throw new IllegalArgumentException(file + " has no lines");
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code VerifierEvaluation <labelled.jsonl | dir>...}: prints the evaluation of each set; exit 1 when a target is missed. */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("Usage: VerifierEvaluation <labelled drafts, JSON Lines, or a directory of verify*.jsonl>...");
            System.exit(2);
        }
        var files = new ArrayList<Path>();
        for (var arg : args) {
            var path = Path.of(arg);
            files.addAll(Files.isDirectory(path) ? sets(path) : List.of(path));
        }
        boolean met = true;
        for (var file : files) met &= new VerifierEvaluation().run(file, System.out).met();
        System.exit(met ? 0 : 1);
    }
}
