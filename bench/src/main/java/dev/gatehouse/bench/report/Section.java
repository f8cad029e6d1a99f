package dev.gatehouse.bench.report;

import java.util.List;

/** One benchmark's part of the report: its rows and short notes on how they were measured. */
public record Section(String title, List<Row> rows, List<String> notes) {
    public Section {
        if (title.isBlank()) throw new IllegalArgumentException("a section needs a title");
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** A part that did not finish: the report says so instead of leaving it out. */
    public static Section failed(String title, Exception e) {
        return new Section(title, List.of(Row.info("run", "failed: " + e, "")), List.of());
    }
}
