package dev.gatehouse.engine.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static dev.gatehouse.engine.store.db.Tables.INBOX;

/**
 * The durable inbox's rows. A row is claimed by one instance ({@code owner}) until
 * {@code lease_until}; leases are read on the database's clock, so instances' clocks need not
 * agree. Claims are conditional updates ({@code FOR UPDATE SKIP LOCKED} when several rows are
 * taken at once), so two instances never hold one row. A processed row is deleted, so the table
 * holds only what is in flight and what was given up; it stays small enough to need no index but
 * its key.
 */
public final class InboxStore {
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };
    private final DSLContext dsl;

    InboxStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A row as stored: the request's kind, headers and raw body, and how often it was claimed. */
    public record Row(long id, String kind, Map<String, String> headers, byte[] body, Instant receivedAt, int attempts) {
    }

    /** A request to store: its kind, the headers needed to replay it, the raw body, when it arrived. */
    public record NewRow(String kind, Map<String, String> headers, byte[] body, Instant receivedAt) {
    }

    /** Stores one request claimed by {@code owner} for {@code lease}; see {@link #insertAll}. */
    public long insert(NewRow row, String owner, Duration lease) {
        return insertAll(List.of(row), owner, lease).getFirst();
    }

    /**
     * Stores requests claimed by {@code owner} for {@code lease} and returns their ids, in order,
     * once they are on disk: one statement (the same text for any number of rows, so it stays
     * prepared on the connection), one round trip, and {@code synchronous_commit} on for its
     * transaction whatever the server's default (the embedded server's is off), since a row is the
     * only trace of a request that has been acknowledged.
     */
    public List<Long> insertAll(List<NewRow> rows, String owner, Duration lease) {
        return dsl.connectionResult(connection -> {
            try (var insert = connection.prepareStatement(INSERT_ALL)) {
                insert.setString(1, owner);
                insert.setDouble(2, lease.toMillis() / 1000.0);
                insert.setArray(3, connection.createArrayOf("varchar", rows.stream().map(NewRow::kind).toArray()));
                insert.setArray(4, connection.createArrayOf("varchar",
                        rows.stream().map(r -> Json.write(r.headers())).toArray()));
                insert.setArray(5, connection.createArrayOf("bytea", rows.stream().map(NewRow::body).toArray(byte[][]::new)));
                insert.setArray(6, connection.createArrayOf("varchar",
                        rows.stream().map(r -> r.receivedAt().toString()).toArray()));
                var ids = new java.util.ArrayList<Long>(rows.size());
                try (var result = insert.executeQuery()) {
                    while (result.next()) ids.add(result.getLong(1));
                }
                if (ids.size() != rows.size()) throw new IllegalStateException("stored " + ids.size() + " of " + rows.size());
                return ids;
            }
        });
    }

    /**
     * The rows arrive as parallel arrays and are inserted in array order (the scan of
     * {@code unnest} feeds the insert directly, with no join or sort in between), so the ids come
     * back in the same order. {@code set_config(…, true)}, evaluated once before the scan, lasts for
     * the statement's own transaction, up to and including its commit.
     */
    private static final String INSERT_ALL = """
            insert into inbox (kind, headers, body, received_at, owner, lease_until)
            select r.kind, r.headers::jsonb, r.body, r.received_at::timestamptz, ?,
                   current_timestamp + make_interval(secs => ?)
            from unnest(?::varchar[], ?::varchar[], ?::bytea[], ?::varchar[]) as r(kind, headers, body, received_at)
            where (select set_config('synchronous_commit', 'on', true)) = 'on'
            returning id""";

    /**
     * Takes up to {@code limit} open rows of the given kinds whose lease ran out (oldest first), for
     * {@code owner}; rows another instance is taking at the same moment are skipped.
     */
    public List<Row> claimExpired(String owner, Collection<String> kinds, Duration lease, int limit) {
        if (kinds.isEmpty() || limit <= 0) return List.of();
        var expired = DSL.select(INBOX.ID).from(INBOX)
                .where(INBOX.DONE_AT.isNull().and(INBOX.LEASE_UNTIL.lt(DSL.currentOffsetDateTime()))
                        .and(INBOX.KIND.in(kinds)))
                .orderBy(INBOX.ID).limit(limit).forUpdate().skipLocked();
        return dsl.update(INBOX).set(INBOX.OWNER, owner).set(INBOX.LEASE_UNTIL, leaseFromNow(lease))
                .set(INBOX.ATTEMPTS, INBOX.ATTEMPTS.plus(1))
                .where(INBOX.ID.in(expired))
                .returning(INBOX.ID, INBOX.KIND, INBOX.HEADERS, INBOX.BODY, INBOX.RECEIVED_AT, INBOX.ATTEMPTS)
                .fetch(InboxStore::row).stream().sorted(java.util.Comparator.comparingLong(Row::id)).toList();
    }

    /** Extends {@code owner}'s claim on open rows; returns the ids it still holds. One statement over an id array. */
    public java.util.Set<Long> renew(String owner, Collection<Long> ids, Duration lease) {
        if (ids.isEmpty()) return java.util.Set.of();
        return dsl.update(INBOX).set(INBOX.LEASE_UNTIL, leaseFromNow(lease))
                .where(INBOX.ID.eq(DSL.any(ids.toArray(Long[]::new))).and(INBOX.OWNER.eq(owner)).and(INBOX.DONE_AT.isNull()))
                .returning(INBOX.ID).fetchSet(INBOX.ID);
    }

    /**
     * Processing finished: deletes the rows {@code owner} still held and returns their ids (the
     * others were taken over by another instance, which finishes them). A processed row is only
     * work that is over, so nothing is kept; one statement over an id array, whatever the count.
     */
    public java.util.Set<Long> done(String owner, Collection<Long> ids) {
        if (ids.isEmpty()) return java.util.Set.of();
        return dsl.deleteFrom(INBOX)
                .where(INBOX.ID.eq(DSL.any(ids.toArray(Long[]::new))).and(INBOX.OWNER.eq(owner)).and(INBOX.DONE_AT.isNull()))
                .returning(INBOX.ID).fetchSet(INBOX.ID);
    }

    /**
     * Processing failed: the row is open to any instance again after {@code retryAfter}, or, when
     * {@code giveUp}, closed with its error.
     */
    public void failed(long id, String owner, String error, Duration retryAfter, boolean giveUp) {
        dsl.update(INBOX).set(INBOX.LAST_ERROR, error).set(INBOX.OWNER, (String) null)
                .set(INBOX.LEASE_UNTIL, leaseFromNow(retryAfter))
                .set(INBOX.DONE_AT, giveUp ? DSL.currentOffsetDateTime() : DSL.inline((OffsetDateTime) null))
                .where(INBOX.ID.eq(id).and(INBOX.OWNER.eq(owner)).and(INBOX.DONE_AT.isNull())).execute();
    }

    /** Deletes rows given up longer than {@code keep} ago; returns how many. */
    public int purgeGivenUp(Duration keep) {
        return dsl.deleteFrom(INBOX).where(INBOX.DONE_AT.lt(DSL.currentOffsetDateTime().minus(interval(keep)))).execute();
    }

    /** Whether the row is over: processed (so deleted) or given up (for tests and inspection). */
    public boolean isDone(long id) {
        return !dsl.fetchExists(INBOX, INBOX.ID.eq(id).and(INBOX.DONE_AT.isNull()));
    }

    /** The error a given-up row was closed with, if the row is there and was given up. */
    public java.util.Optional<String> givenUpWith(long id) {
        return dsl.select(INBOX.LAST_ERROR).from(INBOX).where(INBOX.ID.eq(id).and(INBOX.DONE_AT.isNotNull()))
                .fetchOptional(INBOX.LAST_ERROR);
    }

    /** How many rows are not done yet. */
    public int open() {
        return dsl.fetchCount(INBOX, INBOX.DONE_AT.isNull());
    }

    private static Field<OffsetDateTime> leaseFromNow(Duration lease) {
        return DSL.currentOffsetDateTime().plus(interval(lease));
    }

    private static Field<org.jooq.types.DayToSecond> interval(Duration duration) {
        return DSL.val(org.jooq.types.DayToSecond.valueOf(duration), SQLDataType.INTERVALDAYTOSECOND);
    }

    private static Row row(Record r) {
        Map<String, String> headers;
        try {
            headers = dev.gatehouse.engine.config.Json.mapper().readValue(r.get(INBOX.HEADERS).data(), HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored inbox headers are not readable", e);
        }
        return new Row(r.get(INBOX.ID), r.get(INBOX.KIND), headers, r.get(INBOX.BODY),
                r.get(INBOX.RECEIVED_AT).toInstant(), r.get(INBOX.ATTEMPTS));
    }
}
