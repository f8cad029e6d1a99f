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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** One CSV record read by column name; every bad field adds a {@link RowError} on the record's line. */
final class Cells {
    private static final Pattern DOMAIN =
            Pattern.compile("^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@([^@\\s]{1,253})$");
    private static final Pattern SLACK_USER = Pattern.compile("^[UW][A-Z0-9]{6,}$");

    private final CsvReader.Record record;
    private final Map<String, Integer> columns;
    private final List<RowError> errors;
    private final int errorsBefore;

    Cells(CsvReader.Record record, Map<String, Integer> columns, List<RowError> errors) {
        this.record = record;
        this.columns = columns;
        this.errors = errors;
        this.errorsBefore = errors.size();
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

    /** The trimmed value, or null when the column is absent or the cell blank. */
    String text(String column) {
        var index = columns.get(column);
        if (index == null || index >= record.fields().size()) return null;
        var value = record.fields().get(index).strip();
        return value.isEmpty() ? null : value;
    }

    String required(String column) {
        var value = text(column);
        if (value == null) error(column, "is required");
        return value;
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
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(column, "must be a date like 2026-03-01 (got '" + value + "')");
            return null;
        }
    }

    /** An ISO-8601 instant with offset, or a plain date read as midnight UTC; {@code fallback} when blank. */
    Instant instant(String column, Instant fallback) {
        var value = text(column);
        if (value == null) return fallback;
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            error(column, "must be a time like 2026-11-02T09:30:00Z or a date like 2026-11-02 (got '" + value + "')");
            return null;
        }
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
