package dev.gatehouse.engine.signals.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The three files {@code gatehouse import} takes, told apart by their header. */
public enum CsvKind {
    ACCOUNTS(List.of("domain", "name"),
            List.of("industry", "employees", "region", "country", "technologies", "description", "owner_slack_id")),
    CONTACTS(List.of("email", "account_domain", "first_name"),
            List.of("last_name", "title", "seniority", "time_zone", "role_started_on")),
    SIGNALS(List.of("account_domain", "kind", "summary"),
            List.of("source_url", "observed_at", "contact_email", "source", "external_id"));

    private final List<String> required;
    private final List<String> optional;

    CsvKind(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    public List<String> required() {
        return required;
    }

    public List<String> columns() {
        var all = new ArrayList<>(required);
        all.addAll(optional);
        return List.copyOf(all);
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
        var missing = required.stream().filter(c -> !header.contains(c)).toList();
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
