package dev.gatehouse.engine.accounts;

import java.util.List;
import java.util.Objects;

/** A company we might sell to. {@code ownerSlackId} is the rep who reviews its touches. */
public record Account(long id, String domain, String name, String industry, Integer employees,
                      String region, String country, List<String> technologies, String description,
                      String ownerSlackId) {
    /** What a person does to give an account its company data; the pipeline picks it up from there. */
    public static final String HOW_TO_ADD_COMPANY_DATA = "import the company data as a CSV of accounts: "
            + "`java -jar gatehouse.jar import accounts.csv` with columns "
            + "domain,name,industry,employees,region,country,technologies,description";

    public Account {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(name, "name");
        technologies = technologies == null ? List.of() : List.copyOf(technologies);
    }

    /** The same account with its touches reviewed by {@code reviewer} (the daily plan routes work to whoever has room). */
    public Account withOwner(String reviewer) {
        return new Account(id, domain, name, industry, employees, region, country, technologies, description, reviewer);
    }

    /**
     * Whether anything is known beyond the domain and the name. An account a signal created for an
     * unknown domain knows nothing else: scoring it would rank it on nothing, so it waits for its
     * company data instead (the store counts these with the same test).
     */
    public boolean hasCompanyData() {
        return industry != null || employees != null || region != null || country != null || !technologies.isEmpty()
                || description != null;
    }
}
