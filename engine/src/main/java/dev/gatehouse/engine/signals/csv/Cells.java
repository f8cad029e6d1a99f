package dev.gatehouse.engine.signals.csv;

import dev.gatehouse.engine.signals.csv.CsvImport.RowError;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One CSV record read by column name; every bad field adds a {@link RowError} on the record's line.
 * Every cell is screened by {@link CellRules} first: a refused cell reads as absent and adds no
 * second error (not "is required" on top of "contains a NUL character").
 */
final class Cells {
    private static final Pattern DOMAIN =
            Pattern.compile("^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@([^@\\s]{1,253})$");
    private static final Pattern SLACK_USER = Pattern.compile("^[UW][A-Z0-9]{6,}$");
    /** Dates and times outside these are typos, and PostgreSQL cannot store the far ones. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final int LATEST_YEAR = 9999;

    /** A file's header read against its kind: where each column is and what it may hold. */
    record Header(CsvKind kind, Map<String, Integer> index, List<CsvKind.Column> columns) {
        static Header of(CsvKind kind, List<String> names) {
            var index = new HashMap<String, Integer>();
            for (int i = 0; i < names.size(); i++) index.put(names.get(i), i);
            var rules = kind.all();
            return new Header(kind, Map.copyOf(index), names.stream()
                    .map(name -> rules.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow()).toList());
        }

        /** Whether one line of text reads like a whole row of this file: as many fields, and a key that is one. */
        boolean looksLikeRow(String text) {
            var fields = text.split(",", -1);
            if (fields.length != columns.size()) return false;
            var key = fields[index.get(kind.key())].strip().toLowerCase(Locale.ROOT);
            var email = EMAIL.matcher(key);
            return kind == CsvKind.CONTACTS ? email.matches() && DOMAIN.matcher(email.group(1)).matches()
                    : DOMAIN.matcher(key).matches();
        }
    }

    private final CsvReader.Record record;
    private final Header header;
    private final List<RowError> errors;
    private final int errorsBefore;
    private final String[] values;

    Cells(CsvReader.Record record, Header header, List<RowError> errors) {
        this.record = record;
        this.header = header;
        this.errors = errors;
        this.errorsBefore = errors.size();
        this.values = new String[header.columns().size()];
        for (int i = 0; i < values.length; i++) {
            var column = header.columns().get(i);
            var value = record.fields().get(i).strip();
            var problem = CellRules.problem(column, value, record.line(), header::looksLikeRow);
            if (problem == null) values[i] = value.isEmpty() ? null : value;
            else error(column.name(), problem);
        }
    }

    int line() {
        return record.line();
    }

    boolean ok() {
        return errors.size() == errorsBefore;
    }

    void error(String column, String problem) {
        errors.add(new RowError(record.line(), column, problem));
    }

    /** The trimmed value, or null when the column is absent, the cell blank or refused. */
    String text(String column) {
        var index = header.index().get(column);
        return index == null ? null : values[index];
    }

    String required(String column) {
        var value = text(column);
        if (value == null && !refused(column)) error(column, "is required");
        return value;
    }

    private boolean refused(String column) {
        var index = header.index().get(column);
        return index != null && values[index] == null && !record.fields().get(index).isBlank();
    }

    /** Lower-cased, without scheme, path or {@code www.}. */
    String domain(String column, boolean required) {
        var value = required ? required(column) : text(column);
        if (value == null) return null;
        var domain = value.toLowerCase(Locale.ROOT);
        int scheme = domain.indexOf("://");
        if (scheme >= 0) domain = domain.substring(scheme + 3);
        int slash = domain.indexOf('/');
        if (slash >= 0) domain = domain.substring(0, slash);
        if (domain.startsWith("www.")) domain = domain.substring(4);
        if (DOMAIN.matcher(domain).matches()) return domain;
        error(column, "is not a domain name like acme.com (got '" + value + "')");
        return null;
    }

    String email(String column, boolean required) {
        var value = required ? required(column) : text(column);
        if (value == null) return null;
        var matcher = EMAIL.matcher(value.toLowerCase(Locale.ROOT));
        if (matcher.matches() && DOMAIN.matcher(matcher.group(1)).matches()) return value.toLowerCase(Locale.ROOT);
        error(column, "is not an email address (got '" + value + "')");
        return null;
    }

    Integer count(String column) {
        var value = text(column);
        if (value == null) return null;
        try {
            int n = Integer.parseInt(value.replace("_", ""));
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        error(column, "must be a whole number of 0 or more (got '" + value + "')");
        return null;
    }

    String slackUser(String column) {
        var value = text(column);
        if (value == null || SLACK_USER.matcher(value).matches()) return value;
        error(column, "is not a Slack user id like U012AB3CD (got '" + value + "')");
        return null;
    }

    ZoneId zone(String column) {
        var value = text(column);
        if (value == null) return null;
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            error(column, "is not a known time zone like Europe/Berlin (got '" + value + "')");
            return null;
        }
    }

    LocalDate date(String column) {
        var value = text(column);
        if (value == null) return null;
        try {
            var date = LocalDate.parse(value);
            if (!date.isBefore(EARLIEST) && date.getYear() <= LATEST_YEAR) return date;
        } catch (DateTimeParseException e) {
            // reported below
        }
        error(column, "must be a date like 2026-03-01, from 1900 to 9999 (got '" + value + "')");
        return null;
    }

    /** An ISO-8601 instant with offset, or a plain date read as midnight UTC; {@code fallback} when blank. */
    Instant instant(String column, Instant fallback) {
        var value = text(column);
        if (value == null) return fallback;
        try {
            var instant = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
            if (!instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())) return instant;
            error(column, "is before 1900 (got '" + value + "')");
        } catch (DateTimeParseException e) {
            error(column, "must be a time like 2026-11-02T09:30:00Z or a date like 2026-11-02 (got '" + value + "')");
        }
        return null;
    }

    String httpUrl(String column) {
        var value = text(column);
        if (value == null) return null;
        try {
            var uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        error(column, "must be an http(s) URL (got '" + value + "')");
        return null;
    }
}
