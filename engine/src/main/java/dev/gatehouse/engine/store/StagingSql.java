package dev.gatehouse.engine.store;

/**
 * The SQL of {@link StagedImport}: staging tables shaped like the CSV files (with each row's line),
 * and the set-based statements that move a batch into the real tables. Sizes are the columns' own,
 * so a value that passed the CSV checks always fits.
 */
final class StagingSql {
    private StagingSql() {
    }

    record Stage(String name, String create) {
    }

    static final Stage ACCOUNT_STAGE = new Stage("account_stage", """
            create temporary table account_stage (line integer, domain varchar(253), name varchar(200),
                industry varchar(100), employees integer, region varchar(40), country varchar(2), technologies text,
                description text, owner_slack_id varchar(32)) on commit drop""");

    static final Stage CONTACT_STAGE = new Stage("contact_stage", """
            create temporary table contact_stage (line integer, account_domain varchar(253), email varchar(320),
                first_name varchar(100), last_name varchar(100), title varchar(200), seniority varchar(40),
                time_zone varchar(64), role_started_on date) on commit drop""");

    static final Stage SIGNAL_STAGE = new Stage("signal_stage", """
            create temporary table signal_stage (line integer, account_domain varchar(253), account_name varchar(200),
                contact_email varchar(320), kind varchar(32), summary text, source_url varchar(2048),
                observed_at timestamptz, dedupe_key varchar(200)) on commit drop""");

    /** The last row per domain in the batch, as a row-by-row upsert would leave it. */
    private static final String LAST_ACCOUNT_ROWS = "select distinct on (domain) * from account_stage order by domain, line desc";

    /** Stored accounts with nothing beyond domain and name that this batch gives company data (Account.hasCompanyData). */
    static final String ACCOUNTS_COMPLETED = """
            select count(*) from accounts a join (%s) s on a.domain = s.domain
            where a.industry is null and a.employees is null and a.region is null and a.country is null
              and coalesce(a.technologies, '') = '' and a.description is null
              and (s.industry is not null or s.employees is not null or s.region is not null or s.country is not null
                   or s.technologies <> '' or s.description is not null)""".formatted(LAST_ACCOUNT_ROWS);

    static final String ACCOUNTS_UPSERT = """
            insert into accounts (domain, name, industry, employees, region, country, technologies, description, owner_slack_id)
            select domain, name, industry, employees, region, country, technologies, description, owner_slack_id from (%s) s
            on conflict (domain) do update set name = excluded.name, industry = excluded.industry,
                employees = excluded.employees, region = excluded.region, country = excluded.country,
                technologies = excluded.technologies, description = excluded.description,
                owner_slack_id = excluded.owner_slack_id, updated_at = now()""".formatted(LAST_ACCOUNT_ROWS);

    /** A contact keeps the account it was first stored at, as {@code AccountStore.upsert(Contact)} does. */
    static final String CONTACTS_UPSERT = """
            insert into contacts (account_id, email, first_name, last_name, title, seniority, time_zone, role_started_on)
            select distinct on (s.email) a.id, s.email, s.first_name, s.last_name, s.title, s.seniority, s.time_zone,
                s.role_started_on
            from contact_stage s join accounts a on a.domain = s.account_domain
            order by s.email, s.line desc
            on conflict (email) do update set first_name = excluded.first_name, last_name = excluded.last_name,
                title = excluded.title, seniority = excluded.seniority, time_zone = excluded.time_zone,
                role_started_on = excluded.role_started_on""";

    /** An account with just its domain (and the first name given for it) for every domain no account has. */
    static final String SIGNAL_ACCOUNTS_CREATE = """
            insert into accounts (domain, name)
            select distinct on (s.account_domain) s.account_domain, coalesce(s.account_name, s.account_domain)
            from signal_stage s where not exists (select 1 from accounts a where a.domain = s.account_domain)
            order by s.account_domain, s.line
            on conflict (domain) do nothing""";

    /**
     * New signals only, account and contact resolved by domain and email: a known dedupe key is skipped, and
     * so is a key repeated in the batch after its first row (DO NOTHING sees rows this statement inserted).
     */
    static final String SIGNALS_INSERT = """
            insert into signals (account_id, contact_id, kind, summary, source_url, observed_at, dedupe_key)
            select a.id, c.id, s.kind, s.summary, s.source_url, s.observed_at, s.dedupe_key
            from signal_stage s
            join accounts a on a.domain = s.account_domain
            left join contacts c on c.email = s.contact_email
            on conflict (dedupe_key) do nothing""";
}
