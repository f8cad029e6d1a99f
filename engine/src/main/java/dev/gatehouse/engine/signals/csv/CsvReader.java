package dev.gatehouse.engine.signals.csv;

import org.apache.commons.csv.CSVFormat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads CSV text with Commons CSV ({@link CSVFormat#RFC4180}): fields optionally in double quotes,
 * {@code ""} for a quote inside them, line breaks inside quotes, CRLF, LF or CR line ends, and a
 * leading byte order mark. Each row keeps the physical line it starts on, so errors point at the
 * line a spreadsheet user sees; empty lines are skipped (the format keeps them as rows, which is
 * what keeps the line count exact).
 *
 * <p>Broken quoting ({@code "Abc"def}, a quote never closed) is a {@link Broken} row, never a
 * guess. Commons CSV cannot go on after it, so a fresh parser starts on the line after the one where
 * the parser gave up: text it already read as part of the broken row is skipped, not read again
 * under another guess. A quote left open to the end of the file therefore ends the reading.
 */
final class CsvReader {
    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");

    sealed interface Row permits Record, Broken {
        /** The physical line (1-based) the row starts on. */
        int line();
    }

    /** A row read, its fields unquoted. */
    record Record(int line, List<String> fields) implements Row {
        Record {
            fields = List.copyOf(fields);
        }
    }

    /** A row whose quoting is broken, with what the person should know about it. */
    record Broken(int line, String problem) implements Row {
    }

    /** Where reading starts: a character offset and the number of lines before it. */
    private record Start(int offset, long linesBefore) {
    }

    private CsvReader() {
    }

    static List<Row> read(String text) {
        var in = text.startsWith("\uFEFF") ? text.substring(1) : text;
        var rows = new ArrayList<Row>();
        var start = new Start(0, 0);
        while (start != null) start = readFrom(in, start, rows);
        return rows;
    }

    /** Adds rows from {@code start} on; returns where to go on after broken quoting, or null at the end. */
    private static Start readFrom(String in, Start start, List<Row> rows) {
        try (var parser = CSVFormat.RFC4180.parse(readerAt(in, start.offset()))) {
            var records = parser.iterator();
            while (true) {
                long line = start.linesBefore() + parser.getCurrentLineNumber() + 1;
                try {
                    if (!records.hasNext()) return null;
                } catch (UncheckedIOException e) {
                    long linesRead = parser.getCurrentLineNumber();
                    int next = offsetAfterLines(in, start.offset(), linesRead);
                    rows.add(broken(line, start.linesBefore() + linesRead, next == in.length()));
                    return next == in.length() ? null : new Start(next, start.linesBefore() + linesRead);
                }
                var record = records.next();
                boolean emptyLine = record.size() == 1 && record.get(0).isEmpty();
                if (!emptyLine) rows.add(new Record(Math.toIntExact(line), record.toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    private static StringReader readerAt(String in, int offset) throws IOException {
        var reader = new StringReader(in);
        reader.skip(offset);
        return reader;
    }

    private static Broken broken(long first, long last, boolean restUnread) {
        var problem = "has broken quoting: a quoted field is never closed, or text follows its closing quote"
                + " (quote the whole field and write each quote inside it as \"\")";
        if (last > first) {
            problem += restUnread ? "; the rest of the file (lines %d to %d) could not be read".formatted(first, last)
                    : "; lines %d to %d were skipped".formatted(first, last);
        }
        return new Broken(Math.toIntExact(first), problem);
    }

    private static int offsetAfterLines(String in, int from, long lines) {
        var lineEnd = LINE_END.matcher(in);
        int offset = from;
        for (long i = 0; i < lines; i++) {
            if (!lineEnd.find(offset)) return in.length();
            offset = lineEnd.end();
        }
        return offset;
    }
}
