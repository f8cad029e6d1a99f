package dev.gatehouse.engine.signals.csv;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What no cell may hold, whatever its column, checked before any value is read so a bad cell
 * refuses its row with a reason instead of failing the database write: a NUL (PostgreSQL text
 * cannot hold one), bytes that were not UTF-8 (decoded as U+FFFD), a line break in a one-line
 * column, more characters than the column holds. A line break is also how rows merged by a
 * quote left open show up: a one-line column refuses it, and a free-text column refuses a
 * line inside it that reads like a row of its own.
 */
final class CellRules {
    /** What the decoder puts where the bytes were not UTF-8. */
    static final char NOT_UTF8 = '\uFFFD';
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private CellRules() {
    }

    /**
     * Why {@code value} cannot go into {@code column}, or null when it can.
     *
     * @param line         the physical line the row starts on
     * @param looksLikeRow whether one line of text reads like a whole row of this file
     */
    static String problem(CsvKind.Column column, String value, int line, Predicate<String> looksLikeRow) {
        boolean lineBreak = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') return "contains a NUL character, which cannot be stored; remove it";
            if (c == NOT_UTF8) {
                return "has bytes that are not valid UTF-8 (a file saved as Windows-1252 or Latin-1?); save the file as UTF-8";
            }
            if (c == '\n' || c == '\r') lineBreak = true;
        }
        if (lineBreak) {
            var problem = lineBreakProblem(column, value, line, looksLikeRow);
            if (problem != null) return problem;
        }
        if (column.limited() && value.length() > column.maxLength()) {
            int characters = value.codePointCount(0, value.length());
            if (characters > column.maxLength()) {
                return "is %d characters long; the %s column holds at most %d".formatted(characters, column.name(), column.maxLength());
            }
        }
        return null;
    }

    private static String lineBreakProblem(CsvKind.Column column, String value, int line, Predicate<String> looksLikeRow) {
        var unclosed = "is the quote opened on line " + line + " left unclosed?";
        if (!column.multiLine()) return "has a line break, but a " + column.name() + " is one line: " + unclosed;
        var lines = LINE_BREAK.split(value, -1);
        for (int i = 1; i < lines.length; i++) {
            if (looksLikeRow.test(lines[i])) {
                return "takes in line " + (line + i) + ", which reads like a row of its own: " + unclosed;
            }
        }
        return null;
    }
}
