package dev.gatehouse.engine.store;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.store.db.tables.records.AccountsRecord;
import dev.gatehouse.engine.store.db.tables.records.ContactsRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import static dev.gatehouse.engine.store.db.Tables.ACCOUNTS;
import static dev.gatehouse.engine.store.db.Tables.CONTACTS;

/** Accounts and their contacts; both are upserted by their natural key (domain, email). */
public final class AccountStore {
    private final DSLContext dsl;

    AccountStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long upsert(Account account) {
        var values = new java.util.LinkedHashMap<org.jooq.Field<?>, Object>();
        values.put(ACCOUNTS.NAME, account.name());
        values.put(ACCOUNTS.INDUSTRY, account.industry());
        values.put(ACCOUNTS.EMPLOYEES, account.employees());
        values.put(ACCOUNTS.REGION, account.region());
        values.put(ACCOUNTS.COUNTRY, account.country());
        values.put(ACCOUNTS.TECHNOLOGIES, String.join(",", account.technologies()));
        values.put(ACCOUNTS.DESCRIPTION, account.description());
        values.put(ACCOUNTS.OWNER_SLACK_ID, account.ownerSlackId());
        return dsl.insertInto(ACCOUNTS).set(ACCOUNTS.DOMAIN, account.domain().toLowerCase()).set(values)
                .onConflict(ACCOUNTS.DOMAIN).doUpdate().set(values).set(ACCOUNTS.UPDATED_AT, java.time.OffsetDateTime.now())
                .returning(ACCOUNTS.ID)
                .fetchOne(ACCOUNTS.ID);
    }

    public long upsert(Contact contact) {
        var values = new java.util.LinkedHashMap<org.jooq.Field<?>, Object>();
        values.put(CONTACTS.FIRST_NAME, contact.firstName());
        values.put(CONTACTS.LAST_NAME, contact.lastName());
        values.put(CONTACTS.TITLE, contact.title());
        values.put(CONTACTS.SENIORITY, contact.seniority());
        values.put(CONTACTS.TIME_ZONE, contact.timeZone().getId());
        values.put(CONTACTS.ROLE_STARTED_ON, contact.roleStartedOn());
        return dsl.insertInto(CONTACTS).set(CONTACTS.ACCOUNT_ID, contact.accountId())
                .set(CONTACTS.EMAIL, contact.email().toLowerCase()).set(values)
                .onConflict(CONTACTS.EMAIL).doUpdate().set(values)
                .returning(CONTACTS.ID)
                .fetchOne(CONTACTS.ID);
    }

    public Optional<Account> account(long id) {
        return dsl.selectFrom(ACCOUNTS).where(ACCOUNTS.ID.eq(id)).fetchOptional().map(AccountStore::toAccount);
    }

    public Optional<Account> byDomain(String domain) {
        return dsl.selectFrom(ACCOUNTS).where(ACCOUNTS.DOMAIN.eq(domain.toLowerCase()))
                .fetchOptional().map(AccountStore::toAccount);
    }

    /** The accounts among {@code domains} that exist, by domain; one query however many. */
    public Map<String, Account> byDomains(Collection<String> domains) {
        if (domains.isEmpty()) return Map.of();
        var lower = domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        return dsl.selectFrom(ACCOUNTS).where(ACCOUNTS.DOMAIN.eq(DSL.any(lower)))
                .fetchMap(ACCOUNTS.DOMAIN, AccountStore::toAccount);
    }

    /** How many accounts wait for company data, and the domains of the newest {@code sample} of them. */
    public record Waiting(int count, List<String> newest) {
        public Waiting {
            newest = List.copyOf(newest);
        }
    }

    /** Accounts with nothing known beyond domain and name: the SQL twin of {@link Account#hasCompanyData()}. */
    public Waiting waitingForCompanyData(int sample) {
        var total = DSL.count().over().as("total");
        var rows = dsl.select(ACCOUNTS.DOMAIN, total).from(ACCOUNTS)
                .where(ACCOUNTS.INDUSTRY.isNull(), ACCOUNTS.EMPLOYEES.isNull(), ACCOUNTS.REGION.isNull(),
                        ACCOUNTS.COUNTRY.isNull(), DSL.coalesce(ACCOUNTS.TECHNOLOGIES, "").eq(""), ACCOUNTS.DESCRIPTION.isNull())
                .orderBy(ACCOUNTS.ID.desc()).limit(sample).fetch();
        return rows.isEmpty() ? new Waiting(0, List.of()) : new Waiting(rows.getFirst().get(total), rows.getValues(ACCOUNTS.DOMAIN));
    }

    public List<Account> all() {
        return dsl.selectFrom(ACCOUNTS).orderBy(ACCOUNTS.ID).fetch(AccountStore::toAccount);
    }

    public Optional<Contact> contact(long id) {
        return dsl.selectFrom(CONTACTS).where(CONTACTS.ID.eq(id)).fetchOptional().map(AccountStore::toContact);
    }

    public Optional<Contact> contactByEmail(String email) {
        return dsl.selectFrom(CONTACTS).where(CONTACTS.EMAIL.eq(email.toLowerCase()))
                .fetchOptional().map(AccountStore::toContact);
    }

    public List<Contact> contacts(long accountId) {
        return dsl.selectFrom(CONTACTS).where(CONTACTS.ACCOUNT_ID.eq(accountId)).orderBy(CONTACTS.ID)
                .fetch(AccountStore::toContact);
    }

    static Account toAccount(AccountsRecord r) {
        var tech = r.getTechnologies() == null || r.getTechnologies().isBlank()
                ? List.<String>of() : Arrays.stream(r.getTechnologies().split(",")).map(String::trim).toList();
        return new Account(r.getId(), r.getDomain(), r.getName(), r.getIndustry(), r.getEmployees(), r.getRegion(),
                r.getCountry(), tech, r.getDescription(), r.getOwnerSlackId());
    }

    static Contact toContact(ContactsRecord r) {
        return new Contact(r.getId(), r.getAccountId(), r.getEmail(), r.getFirstName(), r.getLastName(), r.getTitle(),
                r.getSeniority(), ZoneId.of(r.getTimeZone()), r.getRoleStartedOn());
    }
}
