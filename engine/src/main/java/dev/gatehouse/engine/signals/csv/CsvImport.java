package dev.gatehouse.engine.signals.csv;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.SignalKind;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
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

    /** A file opened as the kind its header names: the header is read, the rows are read batch by batch. */
    public sealed interface Opened extends AutoCloseable {
        CsvRows<?> rows();

        @Override
        default void close() {
            rows().close();
        }

        record AccountRows(CsvRows<Account> rows) implements Opened {
        }

        record ContactRows(CsvRows<ContactRow> rows) implements Opened {
        }

        record SignalRows(CsvRows<SignalInput> rows) implements Opened {
        }

        /** A header naming no kind (or none at all): every row is refused. */
        record NotRecognized(CsvRows<Void> rows) implements Opened {
        }
    }

    /**
     * Opens a file for reading as UTF-8, a batch at a time; bytes that are not UTF-8 refuse the row they
     * are in (with that row's line), instead of failing the whole file. The stream is closed with the result.
     */
    public Opened open(InputStream file, Instant now) {
        var counted = new CountingStream(file);
        // malformed input becomes U+FFFD: CellRules refuses it
        return open(new InputStreamReader(counted, StandardCharsets.UTF_8), counted::count, now);
    }

    private Opened open(Reader in, LongSupplier bytesRead, Instant now) {
        var reader = new CsvReader(in);
        var header = header(reader, "file is empty");
        if (header.error() != null) return new Opened.NotRecognized(refusing(reader, header.error(), bytesRead));
        var kind = CsvKind.detect(header.names());
        if (kind.isEmpty()) {
            return new Opened.NotRecognized(refusing(reader, new RowError(header.line(), HEADER,
                    "is not an accounts, contacts or signals header; expected columns like " + Arrays.stream(CsvKind.values())
                            .map(k -> String.join(",", k.columns())).collect(Collectors.joining(" or "))), bytesRead));
        }
        return switch (kind.get()) {
            case ACCOUNTS -> new Opened.AccountRows(typed(reader, CsvKind.ACCOUNTS, header, CsvImport::account, bytesRead));
            case CONTACTS -> new Opened.ContactRows(typed(reader, CsvKind.CONTACTS, header, CsvImport::contact, bytesRead));
            case SIGNALS -> new Opened.SignalRows(typed(reader, CsvKind.SIGNALS, header, cells -> signal(cells, now), bytesRead));
        };
    }

    /** Decodes the file's bytes as UTF-8 and parses it whole (see {@link #open}). */
    public Import parse(byte[] file, Instant now) {
        return drain(open(new ByteArrayInputStream(file), now));
    }

    /** Reads the header and parses the file as accounts, contacts or signals accordingly. */
    public Import parse(String csv, Instant now) {
        return drain(open(new StringReader(csv), () -> 0, now));
    }

    private static Import drain(Opened opened) {
        try (opened) {
            return switch (opened) {
                case Opened.AccountRows a -> new Accounts(drain(a.rows()));
                case Opened.ContactRows c -> new Contacts(drain(c.rows()));
                case Opened.SignalRows s -> new Signals(drain(s.rows()));
                case Opened.NotRecognized u -> {
                    var parsed = drain(u.rows());
                    yield new Unrecognized(parsed.errors(), parsed.refused());
                }
            };
        }
    }

    private static <T> Parsed<T> drain(CsvRows<T> rows) {
        var all = new ArrayList<Row<T>>();
        var errors = new ArrayList<RowError>();
        int refused = 0;
        for (var batch = rows.next(Integer.MAX_VALUE); batch != null; batch = rows.next(Integer.MAX_VALUE)) {
            all.addAll(batch.rows());
            errors.addAll(batch.errors());
            refused += batch.refused();
        }
        return new Parsed<>(all, errors, refused);
    }

    public Parsed<Account> accounts(String csv) {
        return drain(typed(csv, CsvKind.ACCOUNTS, CsvImport::account));
    }

    public Parsed<ContactRow> contacts(String csv) {
        return drain(typed(csv, CsvKind.CONTACTS, CsvImport::contact));
    }

    /** @param now blank {@code observed_at} cells mean now; later than an hour after it is an error */
    public Parsed<SignalInput> signals(String csv, Instant now) {
        Objects.requireNonNull(now, "now");
        return drain(typed(csv, CsvKind.SIGNALS, cells -> signal(cells, now)));
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

    private static <T> CsvRows<T> typed(String csv, CsvKind kind, Function<Cells, T> mapper) {
        var reader = new CsvReader(new StringReader(Objects.requireNonNull(csv, "csv")));
        var header = header(reader, "file is empty; expected columns " + String.join(",", kind.columns()));
        if (header.error() != null) return refusing(reader, header.error(), () -> 0);
        return typed(reader, kind, header, mapper, () -> 0);
    }

    private static <T> CsvRows<T> typed(CsvReader reader, CsvKind kind, HeaderRow header, Function<Cells, T> mapper,
                                        LongSupplier bytesRead) {
        var problems = kind.headerProblems(header.names());
        if (!problems.isEmpty()) {
            return refusing(reader, new RowError(header.line(), HEADER, String.join("; ", problems) + " (a " + kind.name().toLowerCase(Locale.ROOT)
                    + " file has columns " + String.join(",", kind.columns()) + ")"), bytesRead);
        }
        return new CsvRows<>(reader, Cells.Header.of(kind, header.names()), List.of(), mapper, bytesRead);
    }

    /** A file whose header cannot be used: the one error, then every row that holds something refused. */
    private static <T> CsvRows<T> refusing(CsvReader reader, RowError error, LongSupplier bytesRead) {
        return new CsvRows<>(reader, null, List.of(error), cells -> null, bytesRead);
    }

    /** The first row's names (trimmed, lower-cased, spaces as underscores), or why it cannot be read as a header. */
    private record HeaderRow(int line, List<String> names, RowError error) {
    }

    private static HeaderRow header(CsvReader reader, String whenEmpty) {
        if (!reader.hasNext()) return new HeaderRow(1, List.of(), new RowError(1, HEADER, whenEmpty));
        return switch (reader.next()) {
            case CsvReader.Broken broken -> new HeaderRow(broken.line(), List.of(), new RowError(broken.line(), HEADER, broken.problem()));
            case CsvReader.Record first -> new HeaderRow(first.line(),
                    first.fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT).replace(' ', '_')).toList(), null);
        };
    }
}
