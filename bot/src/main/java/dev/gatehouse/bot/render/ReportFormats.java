package dev.gatehouse.bot.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gatehouse.engine.config.Json;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The report's rows as text for a terminal, JSON for a script, CSV for a spreadsheet. */
public final class ReportFormats {
    private static final String CSV_HEADER = "week,section,group,metric,value,of,per,rate,ci95_low,ci95_high,note";

    private ReportFormats() {
    }

    public static String text(ReportRows report, String label) {
        var out = new StringBuilder();
        if (label != null) out.append(label).append('\n');
        out.append("Gatehouse report, week of ").append(report.week()).append('\n');
        String section = null;
        for (var row : report.rows()) {
            if (!row.section().equals(section)) {
                section = row.section();
                out.append('\n').append(section.toUpperCase(Locale.ROOT).replace('_', ' ')).append('\n');
            }
            out.append(String.format(Locale.ROOT, "  %-14s %-28s %s%n", Text.truncate(row.group(), 14), row.metric(), value(row)));
        }
        return out.toString();
    }

    private static String value(ReportRows.Row row) {
        if (row.of() == null || row.per() == null) return row.value() + (row.note() == null ? "" : "  (" + row.note() + ")");
        if (row.rate() == null && row.value().matches("\\d+")) return "– (" + row.value() + " of 0 " + row.per() + ")";
        var base = row.rate() == null ? row.value() + " per " + row.per().replaceAll("s$", "") + " (" + row.of() + ")"
                : String.format(Locale.ROOT, "%.1f%% (%s of %d %s; 95%% CI %.1f–%.1f%%)", 100 * row.rate(), row.value(),
                row.of(), row.per(), 100 * row.low(), 100 * row.high());
        return base + (row.note() == null ? "" : "  " + row.note());
    }

    public static String json(ReportRows report, String label) {
        try {
            var root = new java.util.LinkedHashMap<String, Object>();
            if (label != null) root.put("label", label);
            root.put("week", report.week());
            root.put("rows", report.rows());
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String csv(ReportRows report) {
        return CSV_HEADER + "\n" + report.rows().stream().map(r -> String.join(",", cell(report.week()), cell(r.section()),
                cell(r.group()), cell(r.metric()), cell(r.value()), cell(r.of()), cell(r.per()), cell(r.rate()),
                cell(r.low()), cell(r.high()), cell(r.note()))).collect(Collectors.joining("\n")) + "\n";
    }

    private static String cell(Object value) {
        if (value == null) return "";
        var s = value instanceof Double d ? String.format(Locale.ROOT, "%.6f", d) : Objects.toString(value);
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
