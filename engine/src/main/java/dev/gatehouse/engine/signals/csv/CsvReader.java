package dev.gatehouse.engine.signals.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: comma-separated, fields optionally in double quotes, {@code ""} for a quote
 * inside a quoted field, which may also hold commas and line breaks. Accepts CRLF, LF or CR line
 * ends and a leading byte order mark. Lines that are entirely empty are skipped. Each record keeps
 * the physical line it starts on, so errors point at the line a spreadsheet user sees.
 */
public final class CsvReader {

    /** One record: the physical line (1-based) it starts on and its fields, unquoted. */
    public record Record(int line, List<String> fields) {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    /** The records read, and the line of a quoted field left open at the end of the input (0 if none). */
    public record Result(List<Record> records, int unterminatedQuoteLine) {
        public Result {
            records = List.copyOf(records);
        }
    }

    private CsvReader() {
    }

    public static Result read(String text) {
        var in = text.startsWith("\uFEFF") ? text.substring(1) : text;
        var records = new ArrayList<Record>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldStart = true;
        boolean content = false;
        int i = 0;
        while (i < in.length()) {
            char c = in.charAt(i);
            boolean crlf = c == '\r' && i + 1 < in.length() && in.charAt(i + 1) == '\n';
            if (quoted) {
                if (c == '"' && i + 1 < in.length() && in.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n' || (c == '\r' && !crlf)) line++;
                    field.append(c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
                content = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                content = true;
            } else if (c == '\r' || c == '\n') {
                if (content) records.add(new Record(recordLine, finish(fields, field)));
                fields.clear();
                field.setLength(0);
                fieldStart = true;
                content = false;
                if (crlf) i++;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStart = false;
                content = true;
            }
            i++;
        }
        if (quoted) return new Result(records, recordLine);
        if (content) records.add(new Record(recordLine, finish(fields, field)));
        return new Result(records, 0);
    }

    private static List<String> finish(List<String> fields, StringBuilder last) {
        var all = new ArrayList<>(fields);
        all.add(last.toString());
        return all;
    }
}
