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
 * taken at once), so two instances never hold one row.
 */
public final class InboxStore {
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };
    /**
     * Sets {@code synchronous_commit} on for the statement's own transaction: the insert returns only
     * once its row is on disk, whatever the server's default (the embedded server's is off). Done
     * inside the insert, it costs no extra round trip.
     */
    private static final org.jooq.Table<?> DURABLY = DSL.select(
            DSL.field("set_config('synchronous_commit', 'on', true)", String.class).as("sync")).asTable("durably");

    private final DSLContext dsl;

    InboxStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A row as stored: the request's kind, headers and raw body, and how often it was claimed. */
    public record Row(long id, String kind, Map<String, String> headers, byte[] body, Instant receivedAt, int attempts) {
    }

    /** Stores a request claimed by {@code owner} for {@code lease}; one statement, flushed before it returns. */
    public long insert(String kind, Map<String, String> headers, byte[] body, Instant receivedAt, String owner,
                       Duration lease) {
        return dsl.insertInto(INBOX, INBOX.KIND, INBOX.HEADERS, INBOX.BODY, INBOX.RECEIVED_AT, INBOX.OWNER, INBOX.LEASE_UNTIL)
                .select(DSL.select(DSL.val(kind), DSL.val(JSON.valueOf(Json.write(headers))), DSL.val(body),
                        DSL.val(receivedAt.atOffset(ZoneOffset.UTC)), DSL.val(owner), leaseFromNow(lease)).from(DURABLY))
                .returning(INBOX.ID).fetchOne(INBOX.ID);
    }

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

    /** Extends {@code owner}'s claim on open rows; returns the ids it still holds. */
    public java.util.Set<Long> renew(String owner, Collection<Long> ids, Duration lease) {
        if (ids.isEmpty()) return java.util.Set.of();
        return dsl.update(INBOX).set(INBOX.LEASE_UNTIL, leaseFromNow(lease))
                .where(INBOX.ID.in(ids).and(INBOX.OWNER.eq(owner)).and(INBOX.DONE_AT.isNull()))
                .returning(INBOX.ID).fetchSet(INBOX.ID);
    }

    /** Marks the row processed; false when {@code owner} no longer held it (its lease was taken over). */
    public boolean done(long id, String owner) {
        return dsl.update(INBOX).set(INBOX.DONE_AT, DSL.currentOffsetDateTime()).set(INBOX.OWNER, (String) null)
                .where(INBOX.ID.eq(id).and(INBOX.OWNER.eq(owner)).and(INBOX.DONE_AT.isNull())).execute() == 1;
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

    /** Deletes rows done longer than {@code keep} ago; returns how many. */
    public int purgeDone(Duration keep) {
        return dsl.deleteFrom(INBOX).where(INBOX.DONE_AT.lt(DSL.currentOffsetDateTime().minus(interval(keep)))).execute();
    }

    /** Whether the row is done (for tests and inspection). */
    public boolean isDone(long id) {
        return dsl.fetchExists(INBOX, INBOX.ID.eq(id).and(INBOX.DONE_AT.isNotNull()));
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
