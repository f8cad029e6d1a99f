package dev.gatehouse.engine.accounts;

import java.util.List;
import java.util.Objects;

/** A company we might sell to. {@code ownerSlackId} is the rep who reviews its touches. */
public record Account(long id, String domain, String name, String industry, Integer employees,
                      String region, String country, List<String> technologies, String description,
                      String ownerSlackId) {
    public Account {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(name, "name");
        technologies = technologies == null ? List.of() : List.copyOf(technologies);
    }
}
