package dev.gatehouse.engine.signals.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads CSV text with Commons CSV ({@link CSVFormat#RFC4180}), one row at a time from a stream:
 * fields optionally in double quotes, {@code ""} for a quote inside them, line breaks inside
 * quotes, CRLF, LF or CR line ends, and a leading byte order mark. Each row keeps the physical line
 * it starts on, so errors point at the line a spreadsheet user sees; empty lines are skipped (the
 * format keeps them as rows, which is what keeps the line count exact). Only a few lines are held
 * at a time ({@link Lines}), whatever the size of the text.
 *
 * <p>Broken quoting ({@code "Abc"def}, a quote never closed) is a {@link Broken} row, never a
 * guess. Commons CSV cannot go on after it, so a fresh parser starts on the line after the one where
 * the parser gave up: text it already read as part of the broken row is skipped, not read again
 * under another guess. A quote left open to the end of the file therefore ends the reading, and so
 * does one record running on past {@value #MAX_RECORD_CHARS} characters (the parser would hold it all).
 */
final class CsvReader implements Iterator<CsvReader.Row>, Closeable {
    static final long MAX_RECORD_CHARS = 8L * 1024 * 1024;

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

    private final Reader in;
    private final Lines lines;
    private long linesBefore;
    private Lines.Feed feed;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private Row next;
    private boolean done;

    CsvReader(Reader in) {
        this.in = in;
        this.lines = new Lines(in, MAX_RECORD_CHARS);
    }

    static List<Row> read(String text) {
        var rows = new ArrayList<Row>();
        try (var reader = new CsvReader(new StringReader(text))) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) next = advance();
        return next != null;
    }

    @Override
    public Row next() {
        if (!hasNext()) throw new NoSuchElementException();
        var row = next;
        next = null;
        return row;
    }

    private Row advance() {
        try {
            while (true) {
                if (parser == null) start();
                long line = linesBefore + parser.getCurrentLineNumber() + 1;
                try {
                    if (!records.hasNext()) {
                        done = true;
                        return null;
                    }
                } catch (UncheckedIOException e) {
                    return broken(line, e);
                }
                var record = records.next();
                feed.recordDone();
                boolean emptyLine = record.size() == 1 && record.get(0).isEmpty();
                if (!emptyLine) return new Record(Math.toIntExact(line), record.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start() throws IOException {
        feed = lines.from(linesBefore + 1);
        parser = CSVFormat.RFC4180.parse(feed);
        records = parser.iterator();
    }

    /** The row the parser gave up on; reading goes on at the line after the one where it stopped, if any. */
    private Broken broken(long first, UncheckedIOException e) throws IOException {
        if (tooLong(e)) {
            done = true;
            return new Broken(Math.toIntExact(first), ("runs on past %d characters: is a quote left unclosed? The rest of the"
                    + " file (from line %d) was not read").formatted(MAX_RECORD_CHARS, first));
        }
        long last = linesBefore + parser.getCurrentLineNumber();
        boolean restUnread = lines.line(last + 1) == null;
        var problem = "has broken quoting: a quoted field is never closed, or text follows its closing quote"
                + " (quote the whole field and write each quote inside it as \"\")";
        if (last > first) {
            problem += restUnread ? "; the rest of the file (lines %d to %d) could not be read".formatted(first, last)
                    : "; lines %d to %d were skipped".formatted(first, last);
        }
        done = restUnread;
        linesBefore = last;
        parser = null;
        return new Broken(Math.toIntExact(first), problem);
    }

    private static boolean tooLong(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) if (cause instanceof Lines.TooLong) return true;
        return false;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
