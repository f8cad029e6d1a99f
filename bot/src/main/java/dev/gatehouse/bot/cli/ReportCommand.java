package dev.gatehouse.bot.cli;

import dev.gatehouse.bot.render.DigestChart;
import dev.gatehouse.bot.render.ReportFormats;
import dev.gatehouse.bot.render.ReportRows;
import dev.gatehouse.engine.Reports;
import dev.gatehouse.engine.Workspace;
import dev.gatehouse.engine.config.DatabaseConfig;
import dev.gatehouse.engine.report.ReportSettings;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code report [--week YYYY-MM-DD] [--format text|json|csv] [--chart FILE.png]}: the week's funnel,
 * gate numbers, cost, experiment, writers and score bands (the week containing the date; this
 * week by default), and optionally the digest chart as a PNG.
 */
final class ReportCommand {
    static final String USAGE = "usage: report [--week YYYY-MM-DD] [--format text|json|csv] [--chart FILE.png]";

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    ReportCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        String week = null, format = "text", chart = null;
        for (int i = 0; i < args.size(); i++) {
            var value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (args.get(i)) {
                case "--week" -> week = value;
                case "--format" -> format = value;
                case "--chart" -> chart = value;
                default -> {
                    err.println("report: unknown argument `" + args.get(i) + "`; " + USAGE);
                    return 2;
                }
            }
            if (value == null) {
                err.println("report: " + args.get(i) + " needs a value; " + USAGE);
                return 2;
            }
            i++;
        }
        if (!List.of("text", "json", "csv").contains(format)) {
            err.println("report: --format must be text, json or csv, not `" + format + "`");
            return 2;
        }
        LocalDate day = null;
        try {
            if (week != null) day = LocalDate.parse(week);
        } catch (DateTimeParseException e) {
            err.println("report: --week must be a date like 2026-11-23, not `" + week + "`");
            return 2;
        }
        var settings = ReportSettings.fromEnv(env);
        try (var workspace = Workspace.open(DatabaseConfig.fromEnv(env))) {
            var reports = workspace.reports(settings, Clock.systemUTC());
            print(reports, day == null ? reports.thisWeek() : day, format, chart, null);
            return 0;
        } catch (IOException e) {
            err.println("report: could not write the chart: " + e.getMessage());
            return 1;
        }
    }

    /** Prints the week's report in {@code format} and writes the digest chart when {@code chart} is given. */
    void print(Reports reports, LocalDate day, String format, String chart, String label) throws IOException {
        var report = reports.week(day);
        var rows = ReportRows.of(report);
        out.print(switch (format) {
            case "json" -> ReportFormats.json(rows, label);
            case "csv" -> ReportFormats.csv(rows);
            default -> ReportFormats.text(rows, label);
        });
        if (chart != null) {
            Files.write(Path.of(chart), DigestChart.png(report, reports.trend(day, 8), label));
            out.println("Digest chart written to " + chart);
        }
    }
}
