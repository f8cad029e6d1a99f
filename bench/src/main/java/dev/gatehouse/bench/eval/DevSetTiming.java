package dev.gatehouse.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.bench.report.Figures;
import dev.gatehouse.bench.report.Row;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.replies.ReplyTriage;
import dev.gatehouse.engine.replies.TriageJsonl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Time per item through the {@code triage} command's own line handler over a
 * labelled JSON Lines set given by path (the format of the team's dev sets), against parsing each
 * line as JSON, with how often the answer agrees with the label. Nothing is read unless a path is given.
 */
public final class DevSetTiming {
    private static final int WARM_UP_ROUNDS = 5;
    private static final int ROUNDS = 20;

    private DevSetTiming() {
    }

    /** Milliseconds per item, the baseline's, and the share of items whose answer matches the label. */
    public record Timing(String file, int items, double meanMillis, double baselineMillis, double agreement) {
    }

    public static Timing triage(Path file, ReplyTriage triage) {
        var jsonl = new TriageJsonl(triage, LocalDate.of(2026, 11, 20));
        return time(file, jsonl::answer, (line, answer) -> {
            var label = answer.path("label").asText();
            return label.equals(line.path("label").asText()) || contains(line.path("accept"), label);
        });
    }

    private interface Agrees {
        boolean test(JsonNode line, JsonNode answer);
    }

    private static Timing time(Path file, Function<String, String> handle, Agrees agrees) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dev set " + file, e);
        }
        if (lines.isEmpty()) throw new IllegalArgumentException(file + " has no lines");
        int agreed = 0;
        for (var line : lines) agreed += agrees.test(parse(line), parse(handle.apply(line).trim())) ? 1 : 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) lines.forEach(handle::apply);
        long t0 = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) lines.forEach(handle::apply);
        long t1 = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) lines.forEach(DevSetTiming::parse);
        long t2 = System.nanoTime();
        double per = 1e6 * ROUNDS * lines.size();
        return new Timing(file.getFileName().toString(), lines.size(), (t1 - t0) / per, (t2 - t1) / per,
                agreed / (double) lines.size());
    }

    private static JsonNode parse(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(JsonNode array, String value) {
        for (var item : array) if (item.asText().equals(value)) return true;
        return false;
    }

    public static Row row(String what, Timing t) {
        return Row.info(what + " per item over `" + t.file() + "` (" + t.items() + " items, given by path)",
                "mean " + Figures.ms(t.meanMillis()) + " ms; " + String.format(Locale.ROOT, "%.0f%%", 100 * t.agreement())
                        + " agree with the labels", "parsing the line as JSON: mean " + Figures.ms(t.baselineMillis()) + " ms");
    }
}
