package dev.gatehouse.engine.signals.csv;

import dev.gatehouse.engine.signals.SignalParser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The three files {@code gatehouse import} takes, told apart by their header, with what each
 * column may hold: at most as many characters as its database column (the migrations' sizes; a
 * store test keeps the two in step), and one line unless it is free text.
 */
public enum CsvKind {
    ACCOUNTS("domain",
            List.of(Column.line("domain", 253), Column.line("name", 200)),
            List.of(Column.line("industry", 100), Column.line("employees"), Column.line("region", 40),
                    Column.line("country", 2), Column.line("technologies"), Column.text("description", Column.UNLIMITED),
                    Column.line("owner_slack_id", 32))),
    CONTACTS("email",
            List.of(Column.line("email", 320), Column.line("account_domain", 253), Column.line("first_name", 100)),
            List.of(Column.line("last_name", 100), Column.line("title", 200), Column.line("seniority", 40),
                    Column.line("time_zone", 64), Column.line("role_started_on"))),
    SIGNALS("account_domain",
            List.of(Column.line("account_domain", 253), Column.line("kind", 32),
                    Column.text("summary", SignalParser.MAX_SUMMARY)),
            List.of(Column.line("source_url", 2048), Column.line("observed_at"), Column.line("contact_email", 320),
                    Column.line("source"), Column.line("external_id")));

    /**
     * One column: its name, the most characters (code points, as PostgreSQL counts them) it
     * holds, and whether a value may span lines.
     */
    public record Column(String name, int maxLength, boolean multiLine) {
        static final int UNLIMITED = Integer.MAX_VALUE;

        static Column line(String name, int maxLength) {
            return new Column(name, maxLength, false);
        }

        static Column line(String name) {
            return new Column(name, UNLIMITED, false);
        }

        static Column text(String name, int maxLength) {
            return new Column(name, maxLength, true);
        }

        public boolean limited() {
            return maxLength != UNLIMITED;
        }
    }

    private final String key;
    private final List<Column> required;
    private final List<Column> optional;

    CsvKind(String key, List<Column> required, List<Column> optional) {
        this.key = key;
        this.required = required;
        this.optional = optional;
    }

    public List<String> required() {
        return required.stream().map(Column::name).toList();
    }

    public List<String> columns() {
        return all().stream().map(Column::name).toList();
    }

    /** Every column with its rules, required ones first. */
    public List<Column> all() {
        var all = new ArrayList<>(required);
        all.addAll(optional);
        return List.copyOf(all);
    }

    /** The column a row is about (the account's domain, the contact's email): a row of its own starts with it. */
    String key() {
        return key;
    }

    /** Signals have a {@code kind}, contacts an {@code email}, accounts a {@code domain}. */
    public static Optional<CsvKind> detect(Collection<String> header) {
        if (header.contains("kind")) return Optional.of(SIGNALS);
        if (header.contains("email")) return Optional.of(CONTACTS);
        if (header.contains("domain")) return Optional.of(ACCOUNTS);
        return Optional.empty();
    }

    /** Every problem with a header at once, or empty when it is usable. */
    List<String> headerProblems(List<String> header) {
        var problems = new ArrayList<String>();
        var missing = required().stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) problems.add("missing column(s) " + String.join(", ", missing));
        var known = Set.copyOf(columns());
        var unknown = header.stream().filter(c -> !known.contains(c)).toList();
        if (!unknown.isEmpty()) {
            problems.add("unknown column(s) " + String.join(", ", unknown.stream().map(c -> c.isEmpty() ? "(blank)" : c).toList()));
        }
        var duplicates = header.stream().filter(c -> header.indexOf(c) != header.lastIndexOf(c)).distinct().toList();
        if (!duplicates.isEmpty()) problems.add("repeated column(s) " + String.join(", ", duplicates));
        return problems;
    }
}
