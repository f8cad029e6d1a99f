package dev.gatehouse.engine.signals.csv;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.SignalKind;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Parses the account, contact and signal CSV files of {@code gatehouse import}. Every bad field of
 * every row is reported with the row's physical line (the header is line 1); the good rows still
 * come through, so one bad line does not block a whole file. A cell is bad when it cannot be read
 * as its column's type or could not be stored as it is ({@link CellRules}: NUL, not UTF-8, too
 * long for its column, a line break where one line belongs). Rows whose cells are all blank (as
 * spreadsheets export them) are skipped. Header names are matched case-insensitively in any order;
 * optional columns may be left out. Pure: nothing is stored here.
 */
public final class CsvImport {
    static final String ROW = "(row)";
    static final String HEADER = "(header)";

    /** A problem with one field; {@code line} is the physical line the row starts on. */
    public record RowError(int line, String field, String problem) {
        @Override
        public String toString() {
            return "line " + line + ": " + field + " " + problem;
        }
    }

    public record Row<T>(int line, T value) {
        public Row {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The rows read, and the problems of the {@code refused} rows that were not. */
    public record Parsed<T>(List<Row<T>> rows, List<RowError> errors, int refused) {
        public Parsed {
            rows = List.copyOf(rows);
            errors = List.copyOf(errors);
        }

        Parsed(List<Row<T>> rows, List<RowError> errors) {
            this(rows, errors, (int) errors.stream().mapToInt(RowError::line).distinct().count());
        }

        public List<T> values() {
            return rows.stream().map(Row::value).toList();
        }
    }

    /** A contact with the domain of the account it belongs to; the contact's account id is 0 until stored. */
    public record ContactRow(String accountDomain, Contact contact) {
    }

    /** A file parsed as the kind its header names. */
    public sealed interface Import {
        List<RowError> errors();

        /** How many rows were refused (a row with three bad fields is one). */
        int refused();
    }

    public record Accounts(Parsed<Account> parsed) implements Import {
        public List<RowError> errors() { return parsed.errors(); }
        public int refused() { return parsed.refused(); }
    }

    public record Contacts(Parsed<ContactRow> parsed) implements Import {
        public List<RowError> errors() { return parsed.errors(); }
        public int refused() { return parsed.refused(); }
    }

    public record Signals(Parsed<SignalInput> parsed) implements Import {
        public List<RowError> errors() { return parsed.errors(); }
        public int refused() { return parsed.refused(); }
    }

    /** A file whose header names no kind: all its rows are refused. */
    public record Unrecognized(List<RowError> errors, int refused) implements Import {
    }

    /**
     * Decodes the file's bytes as UTF-8 and parses it; bytes that are not UTF-8 refuse the row they
     * are in (with that row's line), instead of failing the whole file.
     */
    public Import parse(byte[] file, Instant now) {
        return parse(new String(file, StandardCharsets.UTF_8), now); // malformed input becomes U+FFFD: CellRules refuses it
    }

    /** Reads the header and parses the file as accounts, contacts or signals accordingly. */
    public Import parse(String csv, Instant now) {
        var rows = CsvReader.read(csv);
        var unreadable = headerError(rows, "file is empty");
        if (unreadable != null) return new Unrecognized(List.of(unreadable), dataRows(rows));
        var kind = CsvKind.detect(header(rows));
        if (kind.isEmpty()) {
            return new Unrecognized(List.of(new RowError(rows.getFirst().line(), HEADER,
                    "is not an accounts, contacts or signals header; expected columns like " + Arrays.stream(CsvKind.values())
                            .map(k -> String.join(",", k.columns())).collect(Collectors.joining(" or ")))), dataRows(rows));
        }
        return switch (kind.get()) {
            case ACCOUNTS -> new Accounts(parse(rows, CsvKind.ACCOUNTS, CsvImport::account));
            case CONTACTS -> new Contacts(parse(rows, CsvKind.CONTACTS, CsvImport::contact));
            case SIGNALS -> new Signals(parse(rows, CsvKind.SIGNALS, cells -> signal(cells, now)));
        };
    }

    public Parsed<Account> accounts(String csv) {
        return parse(CsvReader.read(Objects.requireNonNull(csv, "csv")), CsvKind.ACCOUNTS, CsvImport::account);
    }

    public Parsed<ContactRow> contacts(String csv) {
        return parse(CsvReader.read(Objects.requireNonNull(csv, "csv")), CsvKind.CONTACTS, CsvImport::contact);
    }

    /** @param now blank {@code observed_at} cells mean now; later than an hour after it is an error */
    public Parsed<SignalInput> signals(String csv, Instant now) {
        Objects.requireNonNull(now, "now");
        return parse(CsvReader.read(Objects.requireNonNull(csv, "csv")), CsvKind.SIGNALS, cells -> signal(cells, now));
    }

    private static Account account(Cells c) {
        var domain = c.domain("domain", true);
        var name = c.required("name");
        var employees = c.count("employees");
        var owner = c.slackUser("owner_slack_id");
        var tech = c.text("technologies");
        var technologies = tech == null ? List.<String>of()
                : Arrays.stream(tech.split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return c.ok() ? new Account(0, domain, name, c.text("industry"), employees, c.text("region"), c.text("country"),
                technologies, c.text("description"), owner) : null;
    }

    private static ContactRow contact(Cells c) {
        var email = c.email("email", true);
        var domain = c.domain("account_domain", true);
        var first = c.required("first_name");
        var zone = c.zone("time_zone");
        var started = c.date("role_started_on");
        if (!c.ok()) return null;
        return new ContactRow(domain, new Contact(0, 0, email, first, c.text("last_name"), c.text("title"),
                c.text("seniority"), zone, started));
    }

    private static SignalInput signal(Cells c, Instant now) {
        var domain = c.domain("account_domain", true);
        var kindText = c.required("kind");
        var kind = kindText == null ? null : SignalKind.fromWire(kindText).orElse(null);
        if (kindText != null && kind == null) {
            c.error("kind", "must be one of " + Arrays.stream(SignalKind.values()).map(SignalKind::wire)
                    .collect(Collectors.joining(", ")) + " (got '" + kindText + "')");
        }
        var summary = c.required("summary");
        var url = c.httpUrl("source_url");
        var email = c.email("contact_email", false);
        var observed = c.instant("observed_at", now);
        if (observed != null && observed.isAfter(now.plusSeconds(3600))) c.error("observed_at", "is in the future");
        if (!c.ok()) return null;
        var source = c.text("source");
        return new SignalInput(domain, null, email, kind, summary, url, observed,
                source == null ? "csv" : source, c.text("external_id"));
    }

    private static <T> Parsed<T> parse(List<CsvReader.Row> rows, CsvKind kind, Function<Cells, T> mapper) {
        var unreadable = headerError(rows, "file is empty; expected columns " + String.join(",", kind.columns()));
        if (unreadable != null) return new Parsed<>(List.of(), List.of(unreadable), dataRows(rows));
        var header = header(rows);
        var problems = kind.headerProblems(header);
        if (!problems.isEmpty()) {
            return new Parsed<>(List.of(), List.of(new RowError(rows.getFirst().line(), HEADER, String.join("; ", problems)
                    + " (a " + kind.name().toLowerCase(Locale.ROOT) + " file has columns " + String.join(",", kind.columns()) + ")")),
                    dataRows(rows));
        }
        var columns = Cells.Header.of(kind, header);
        var errors = new ArrayList<RowError>();
        var parsed = new ArrayList<Row<T>>();
        for (var row : rows.subList(1, rows.size())) {
            switch (row) {
                case CsvReader.Broken broken -> errors.add(new RowError(broken.line(), ROW, broken.problem()));
                case CsvReader.Record record when record.fields().stream().allMatch(String::isBlank) -> { }
                case CsvReader.Record record when record.fields().size() != header.size() -> errors.add(new RowError(
                        record.line(), ROW, "has " + record.fields().size() + " fields but the header has " + header.size()));
                case CsvReader.Record record -> {
                    var value = mapper.apply(new Cells(record, columns, errors));
                    if (value != null) parsed.add(new Row<>(record.line(), value));
                }
            }
        }
        return new Parsed<>(parsed, errors);
    }

    /** The rows after the header that hold something: what a file refused as a whole refuses. */
    private static int dataRows(List<CsvReader.Row> rows) {
        return (int) rows.stream().skip(1).filter(row -> !(row instanceof CsvReader.Record r)
                || !r.fields().stream().allMatch(String::isBlank)).count();
    }

    /** Why the first row cannot be read as a header (nothing there, or broken quoting), or null when it can. */
    private static RowError headerError(List<CsvReader.Row> rows, String whenEmpty) {
        if (rows.isEmpty()) return new RowError(1, HEADER, whenEmpty);
        return rows.getFirst() instanceof CsvReader.Broken broken ? new RowError(broken.line(), HEADER, broken.problem()) : null;
    }

    /** The first row's names, trimmed, lower-cased and with spaces as underscores. */
    private static List<String> header(List<CsvReader.Row> rows) {
        if (!(rows.getFirst() instanceof CsvReader.Record first)) return List.of();
        return first.fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT).replace(' ', '_')).toList();
    }
}
