package dev.gatehouse.engine.store;

import dev.gatehouse.engine.customers.Customer;
import dev.gatehouse.engine.customers.CustomerFacts;
import dev.gatehouse.engine.customers.CustomerInput;
import dev.gatehouse.engine.customers.CustomerRole;
import dev.gatehouse.engine.customers.JobChange;
import dev.gatehouse.engine.customers.SurveyKind;
import dev.gatehouse.engine.customers.TicketSeverity;
import dev.gatehouse.engine.customers.TicketStatus;
import dev.gatehouse.engine.customers.Wired;
import dev.gatehouse.engine.store.db.tables.records.CustomersRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static dev.gatehouse.engine.store.db.Tables.ACCOUNTS;
import static dev.gatehouse.engine.store.db.Tables.CONTACTS;
import static dev.gatehouse.engine.store.db.Tables.CUSTOMERS;
import static dev.gatehouse.engine.store.db.Tables.CUSTOMER_CONTACTS;
import static dev.gatehouse.engine.store.db.Tables.CUSTOMER_JOB_CHANGES;
import static dev.gatehouse.engine.store.db.Tables.CUSTOMER_SURVEYS;
import static dev.gatehouse.engine.store.db.Tables.CUSTOMER_TICKETS;
import static dev.gatehouse.engine.store.db.Tables.CUSTOMER_USAGE;
import static dev.gatehouse.engine.store.db.Tables.OUTBOX;
import static dev.gatehouse.engine.store.db.Tables.REPLIES;
import static dev.gatehouse.engine.store.db.Tables.TOUCHES;

/** Customers, their contacts' roles and the customer signals: usage weeks, tickets, survey answers, job changes. */
public final class CustomerStore {
    private final DSLContext dsl;

    CustomerStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The account with {@code domain}, created with just its domain (and name) when there is none. */
    public long ensureAccount(String domain, String name) {
        dsl.insertInto(ACCOUNTS).set(ACCOUNTS.DOMAIN, domain).set(ACCOUNTS.NAME, name == null ? domain : name)
                .onConflict(ACCOUNTS.DOMAIN).doNothing().execute();
        return dsl.select(ACCOUNTS.ID).from(ACCOUNTS).where(ACCOUNTS.DOMAIN.eq(domain)).fetchOne(ACCOUNTS.ID);
    }

    public void upsert(long accountId, CustomerInput.Customer c) {
        if (c.name() != null) dsl.update(ACCOUNTS).set(ACCOUNTS.NAME, c.name()).where(ACCOUNTS.ID.eq(accountId)).execute();
        var record = dsl.newRecord(CUSTOMERS);
        record.setAccountId(accountId);
        record.setArr(c.arr());
        record.setPlan(c.plan());
        record.setSeats(c.seats());
        record.setContractStart(c.contractStart());
        record.setRenewalDate(c.renewalDate());
        record.setCsmSlackId(c.csmSlackId());
        record.setUpdatedAt(OffsetDateTime.now());
        dsl.insertInto(CUSTOMERS).set(record).onConflict(CUSTOMERS.ACCOUNT_ID).doUpdate().set(record).execute();
    }

    /** Records the contact's role, creating the contact (named by the part before the {@code @} when no name is given). */
    public long upsertRole(long accountId, CustomerInput.ContactRole c) {
        var first = c.firstName() != null ? c.firstName() : c.email().substring(0, c.email().indexOf('@'));
        var insert = dsl.insertInto(CONTACTS).set(CONTACTS.ACCOUNT_ID, accountId).set(CONTACTS.EMAIL, c.email())
                .set(CONTACTS.FIRST_NAME, first).set(CONTACTS.LAST_NAME, c.lastName()).set(CONTACTS.TITLE, c.title());
        var update = insert.onConflict(CONTACTS.EMAIL).doUpdate().set(CONTACTS.FIRST_NAME, DSL.coalesce(DSL.val(c.firstName()), CONTACTS.FIRST_NAME))
                .set(CONTACTS.LAST_NAME, DSL.coalesce(DSL.val(c.lastName()), CONTACTS.LAST_NAME))
                .set(CONTACTS.TITLE, DSL.coalesce(DSL.val(c.title()), CONTACTS.TITLE));
        long contactId = update.returning(CONTACTS.ID).fetchOne(CONTACTS.ID);
        dsl.insertInto(CUSTOMER_CONTACTS).set(CUSTOMER_CONTACTS.CONTACT_ID, contactId).set(CUSTOMER_CONTACTS.ROLE, c.role().wire())
                .onConflict(CUSTOMER_CONTACTS.CONTACT_ID).doUpdate().set(CUSTOMER_CONTACTS.ROLE, c.role().wire())
                .set(CUSTOMER_CONTACTS.UPDATED_AT, OffsetDateTime.now()).execute();
        return contactId;
    }

    public Optional<Long> contactId(String email) {
        return dsl.select(CONTACTS.ID).from(CONTACTS).where(CONTACTS.EMAIL.eq(email.toLowerCase())).fetchOptional(CONTACTS.ID);
    }

    /** A week of a metric; a second value for the same week replaces the first. */
    public long upsert(long accountId, CustomerInput.Usage u) {
        return dsl.insertInto(CUSTOMER_USAGE).set(CUSTOMER_USAGE.ACCOUNT_ID, accountId).set(CUSTOMER_USAGE.METRIC, u.metric())
                .set(CUSTOMER_USAGE.WEEK_START, u.weekStart()).set(CUSTOMER_USAGE.VALUE, u.value())
                .onConflict(CUSTOMER_USAGE.ACCOUNT_ID, CUSTOMER_USAGE.METRIC, CUSTOMER_USAGE.WEEK_START).doUpdate()
                .set(CUSTOMER_USAGE.VALUE, u.value()).set(CUSTOMER_USAGE.UPDATED_AT, OffsetDateTime.now())
                .returning(CUSTOMER_USAGE.ID).fetchOne(CUSTOMER_USAGE.ID);
    }

    /** A ticket by its help desk id; sent again, its status, severity and text are updated. */
    public long upsert(long accountId, CustomerInput.Ticket t) {
        return dsl.insertInto(CUSTOMER_TICKETS).set(CUSTOMER_TICKETS.ACCOUNT_ID, accountId)
                .set(CUSTOMER_TICKETS.EXTERNAL_ID, t.externalId()).set(CUSTOMER_TICKETS.SEVERITY, t.severity().wire())
                .set(CUSTOMER_TICKETS.STATUS, t.status().wire()).set(CUSTOMER_TICKETS.SUBJECT, t.subject())
                .set(CUSTOMER_TICKETS.BODY, t.body()).set(CUSTOMER_TICKETS.OPENED_AT, utc(t.openedAt()))
                .onConflict(CUSTOMER_TICKETS.ACCOUNT_ID, CUSTOMER_TICKETS.EXTERNAL_ID).doUpdate()
                .set(CUSTOMER_TICKETS.SEVERITY, t.severity().wire()).set(CUSTOMER_TICKETS.STATUS, t.status().wire())
                .set(CUSTOMER_TICKETS.SUBJECT, t.subject()).set(CUSTOMER_TICKETS.BODY, t.body())
                .set(CUSTOMER_TICKETS.UPDATED_AT, OffsetDateTime.now())
                .returning(CUSTOMER_TICKETS.ID).fetchOne(CUSTOMER_TICKETS.ID);
    }

    /** A survey answer, stored once per external id. */
    public long insert(long accountId, Long contactId, CustomerInput.Survey s) {
        dsl.insertInto(CUSTOMER_SURVEYS).set(CUSTOMER_SURVEYS.ACCOUNT_ID, accountId).set(CUSTOMER_SURVEYS.CONTACT_ID, contactId)
                .set(CUSTOMER_SURVEYS.KIND, s.kind().wire()).set(CUSTOMER_SURVEYS.SCORE, s.score())
                .set(CUSTOMER_SURVEYS.COMMENT, s.comment()).set(CUSTOMER_SURVEYS.ANSWERED_AT, utc(s.answeredAt()))
                .set(CUSTOMER_SURVEYS.EXTERNAL_ID, s.externalId())
                .onConflict(CUSTOMER_SURVEYS.ACCOUNT_ID, CUSTOMER_SURVEYS.EXTERNAL_ID).doNothing().execute();
        return dsl.select(CUSTOMER_SURVEYS.ID).from(CUSTOMER_SURVEYS).where(CUSTOMER_SURVEYS.ACCOUNT_ID.eq(accountId)
                .and(CUSTOMER_SURVEYS.EXTERNAL_ID.eq(s.externalId()))).fetchOne(CUSTOMER_SURVEYS.ID);
    }

    public void insert(long accountId, long contactId, CustomerInput.JobChangeInput j) {
        dsl.insertInto(CUSTOMER_JOB_CHANGES).set(CUSTOMER_JOB_CHANGES.ACCOUNT_ID, accountId)
                .set(CUSTOMER_JOB_CHANGES.CONTACT_ID, contactId).set(CUSTOMER_JOB_CHANGES.CHANGE, j.change().wire())
                .set(CUSTOMER_JOB_CHANGES.NEW_TITLE, j.newTitle()).set(CUSTOMER_JOB_CHANGES.OBSERVED_AT, utc(j.observedAt()))
                .onConflictDoNothing().execute();
    }

    public Optional<Customer> customer(long accountId) {
        return selectCustomers().where(CUSTOMERS.ACCOUNT_ID.eq(accountId)).fetchOptional().map(CustomerStore::customer);
    }

    public Optional<Customer> customer(String domain) {
        return selectCustomers().where(ACCOUNTS.DOMAIN.eq(domain.toLowerCase())).fetchOptional().map(CustomerStore::customer);
    }

    public List<Customer> customers() {
        return selectCustomers().orderBy(ACCOUNTS.DOMAIN).fetch(CustomerStore::customer);
    }

    /** Customers renewing between the two days, both included. */
    public List<Customer> renewingBetween(LocalDate from, LocalDate to) {
        return selectCustomers().where(CUSTOMERS.RENEWAL_DATE.between(from, to)).orderBy(CUSTOMERS.RENEWAL_DATE)
                .fetch(CustomerStore::customer);
    }

    public boolean isCustomer(long accountId) {
        return dsl.fetchExists(CUSTOMERS, CUSTOMERS.ACCOUNT_ID.eq(accountId));
    }

    /** Everything stored about one customer, for its health, alerts and renewal package. */
    public Optional<CustomerFacts> facts(long accountId) {
        return customer(accountId).map(c -> facts(List.of(c), DSL.val(accountId)).getFirst());
    }

    /** Everything about every customer, in six queries (a full recompute: nightly, or a benchmark). */
    public List<CustomerFacts> allFacts() {
        var customers = customers();
        return customers.isEmpty() ? List.of() : facts(customers, null);
    }

    /** The facts of {@code customers}; {@code only} is the one account id they are, or null for all of them. */
    private List<CustomerFacts> facts(List<Customer> customers, org.jooq.Field<Long> only) {
        var usage = usage(only);
        var tickets = grouped(CUSTOMER_TICKETS, CUSTOMER_TICKETS.ACCOUNT_ID, only, CUSTOMER_TICKETS.ID,
                r -> new CustomerFacts.Ticket(r.getId(), r.getExternalId(), wired(TicketSeverity.class, r.getSeverity()),
                        wired(TicketStatus.class, r.getStatus()), r.getSubject(), r.getOpenedAt().toInstant()));
        var surveys = grouped(CUSTOMER_SURVEYS, CUSTOMER_SURVEYS.ACCOUNT_ID, only, CUSTOMER_SURVEYS.ID,
                r -> new CustomerFacts.SurveyAnswer(r.getId(), r.getContactId(), wired(SurveyKind.class, r.getKind()), r.getScore(),
                        r.getComment(), r.getAnsweredAt().toInstant()));
        var changes = grouped(CUSTOMER_JOB_CHANGES, CUSTOMER_JOB_CHANGES.ACCOUNT_ID, only, CUSTOMER_JOB_CHANGES.ID,
                r -> new CustomerFacts.ContactChange(r.getId(), r.getContactId(), wired(JobChange.class, r.getChange()),
                        r.getNewTitle(), r.getObservedAt().toInstant()));
        var people = people(only);
        return customers.stream().map(c -> new CustomerFacts(c, usage.getOrDefault(c.accountId(), List.of()),
                tickets.getOrDefault(c.accountId(), List.of()), surveys.getOrDefault(c.accountId(), List.of()),
                people.getOrDefault(c.accountId(), List.of()), changes.getOrDefault(c.accountId(), List.of()))).toList();
    }

    /**
     * The usage weeks by account, in the order of the table's unique key (account, metric, week): an
     * index scan, where ordering a year of every customer's weeks by week would be a sort of all of them.
     */
    private java.util.Map<Long, List<CustomerFacts.UsageWeek>> usage(org.jooq.Field<Long> only) {
        var u = CUSTOMER_USAGE;
        var rows = new java.util.HashMap<Long, List<CustomerFacts.UsageWeek>>();
        try (var cursor = dsl.select(u.ACCOUNT_ID, u.ID, u.METRIC, u.WEEK_START, u.VALUE).from(u)
                .where(only == null ? DSL.noCondition() : u.ACCOUNT_ID.eq(only)).orderBy(u.ACCOUNT_ID, u.METRIC, u.WEEK_START)
                .fetchSize(10_000).fetchLazy()) {
            for (var r : cursor) {
                rows.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>())
                        .add(new CustomerFacts.UsageWeek(r.value2(), r.value3(), r.value4(), r.value5()));
            }
        }
        return rows;
    }

    private <R extends org.jooq.TableRecord<R>, T> java.util.Map<Long, List<T>> grouped(org.jooq.Table<R> table,
            org.jooq.TableField<R, Long> account, org.jooq.Field<Long> only, org.jooq.Field<?> order, java.util.function.Function<R, T> map) {
        var rows = new java.util.HashMap<Long, List<T>>();
        var query = only == null ? dsl.selectFrom(table) : dsl.selectFrom(table).where(account.eq(only));
        try (var cursor = query.orderBy(order).fetchSize(10_000).fetchLazy()) {
            for (R r : cursor) rows.computeIfAbsent(r.get(account), k -> new java.util.ArrayList<>()).add(map.apply(r));
        }
        return rows;
    }

    private java.util.Map<Long, List<CustomerFacts.Person>> people(org.jooq.Field<Long> only) {
        var sent = DSL.select(DSL.max(OUTBOX.SENT_AT)).from(OUTBOX).join(TOUCHES).on(TOUCHES.ID.eq(OUTBOX.TOUCH_ID))
                .where(TOUCHES.CONTACT_ID.eq(CONTACTS.ID)).asField("sent");
        var replied = DSL.select(DSL.max(REPLIES.RECEIVED_AT)).from(REPLIES).where(REPLIES.CONTACT_ID.eq(CONTACTS.ID)).asField("replied");
        var people = new java.util.HashMap<Long, List<CustomerFacts.Person>>();
        dsl.select(CONTACTS.ID, CONTACTS.ACCOUNT_ID, CONTACTS.FIRST_NAME, CONTACTS.LAST_NAME, CONTACTS.EMAIL, CONTACTS.TITLE,
                        CUSTOMER_CONTACTS.ROLE, sent, replied)
                .from(CONTACTS).join(CUSTOMERS).on(CUSTOMERS.ACCOUNT_ID.eq(CONTACTS.ACCOUNT_ID))
                .leftJoin(CUSTOMER_CONTACTS).on(CUSTOMER_CONTACTS.CONTACT_ID.eq(CONTACTS.ID))
                .where(only == null ? DSL.noCondition() : CONTACTS.ACCOUNT_ID.eq(only)).orderBy(CONTACTS.ID)
                .forEach(r -> people.computeIfAbsent(r.get(CONTACTS.ACCOUNT_ID), k -> new java.util.ArrayList<>())
                        .add(new CustomerFacts.Person(r.get(CONTACTS.ID),
                        (r.get(CONTACTS.FIRST_NAME) + " " + (r.get(CONTACTS.LAST_NAME) == null ? "" : r.get(CONTACTS.LAST_NAME))).strip(),
                        r.get(CONTACTS.EMAIL), r.get(CONTACTS.TITLE),
                        r.get(CUSTOMER_CONTACTS.ROLE) == null ? null : wired(CustomerRole.class, r.get(CUSTOMER_CONTACTS.ROLE)),
                        latest(r.get(sent), r.get(replied)))));
        return people;
    }

    private static Instant latest(Object a, Object b) {
        Instant x = a == null ? null : ((OffsetDateTime) a).toInstant();
        Instant y = b == null ? null : ((OffsetDateTime) b).toInstant();
        if (x == null) return y;
        return y == null || x.isAfter(y) ? x : y;
    }

    private org.jooq.SelectOnConditionStep<Record> selectCustomers() {
        return dsl.select(CUSTOMERS.fields()).select(ACCOUNTS.DOMAIN, ACCOUNTS.NAME).from(CUSTOMERS).join(ACCOUNTS)
                .on(ACCOUNTS.ID.eq(CUSTOMERS.ACCOUNT_ID));
    }

    private static Customer customer(Record r) {
        CustomersRecord c = r.into(CUSTOMERS);
        return new Customer(c.getAccountId(), r.get(ACCOUNTS.DOMAIN), r.get(ACCOUNTS.NAME), c.getArr(), c.getPlan(), c.getSeats(),
                c.getContractStart(), c.getRenewalDate(), c.getCsmSlackId());
    }

    static <E extends Enum<E> & Wired> E wired(Class<E> type, String value) {
        return Wired.parse(type, value).orElseThrow(() -> new IllegalStateException("stored " + type.getSimpleName() + ": " + value));
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
