package dev.gatehouse.engine.customers;

import java.util.Objects;
import java.util.Set;

/** The stored row a health point or a package statement comes from: {@code usage:12}, {@code ticket:3}. */
public record Ref(String table, long id) {
    public static final Set<String> TABLES = Set.of("customer", "contact", "usage", "ticket", "survey", "job_change",
            "health", "anomaly", "offer", "reply");

    public Ref {
        Objects.requireNonNull(table, "table");
        if (!TABLES.contains(table)) throw new IllegalArgumentException("unknown table: " + table);
    }

    public static Ref customer(long accountId) {
        return new Ref("customer", accountId);
    }

    @Override
    public String toString() {
        return table + ":" + id;
    }
}
