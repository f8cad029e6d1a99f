package dev.gatehouse.engine.store;

import dev.gatehouse.engine.delivery.OutboxMessage;
import dev.gatehouse.engine.delivery.OutboxStatus;
import dev.gatehouse.engine.delivery.SuppressionReason;
import dev.gatehouse.engine.store.db.tables.records.OutboxRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.types.DayToSecond;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.gatehouse.engine.delivery.OutboxStatus.CANCELLED;
import static dev.gatehouse.engine.delivery.OutboxStatus.FAILED;
import static dev.gatehouse.engine.delivery.OutboxStatus.PENDING;
import static dev.gatehouse.engine.delivery.OutboxStatus.SENDING;
import static dev.gatehouse.engine.delivery.OutboxStatus.SENT;
import static dev.gatehouse.engine.store.db.Tables.OUTBOX;

/**
 * One row per approved touch, its Message-ID fixed at approval. Claiming a row is a conditional
 * UPDATE with {@code SKIP LOCKED}, so several instances never send the same row twice.
 */
public final class OutboxStore {
    /** Rows that take or hold a mailbox's slot: sent, being sent, or waiting to be. */
    private static final List<String> BOOKED = List.of(SENT.wire(), SENDING.wire(), PENDING.wire());
    private final DSLContext dsl;

    OutboxStore(DSLContext dsl) {
        this.dsl = dsl;
    }


    /** Queues the message unless this touch already has one; returns the row id if it was queued. */
    public Optional<Long> enqueue(long touchId, String messageId, String from, String to, String toName, String subject,
                                  String body, String inReplyTo, Instant notBefore) {
        return dsl.insertInto(OUTBOX)
                .set(OUTBOX.TOUCH_ID, touchId)
                .set(OUTBOX.MESSAGE_ID, messageId)
                .set(OUTBOX.FROM_ADDRESS, from)
                .set(OUTBOX.TO_ADDRESS, to)
                .set(OUTBOX.TO_NAME, toName)
                .set(OUTBOX.SUBJECT, subject)
                .set(OUTBOX.BODY, body)
                .set(OUTBOX.IN_REPLY_TO, inReplyTo)
                .set(OUTBOX.NOT_BEFORE, notBefore.atOffset(ZoneOffset.UTC))
                .onConflict(OUTBOX.TOUCH_ID).doNothing()
                .returning(OUTBOX.ID)
                .fetchOptional(OUTBOX.ID);
    }

    /**
     * Takes one due row for sending, or nothing if another instance has it or it is not due. The
     * attempt is recorded (status {@code sending}, when, by {@code owner}, held for {@code lease})
     * and committed before the mail server is contacted.
     */
    public Optional<OutboxMessage> claim(long id, Instant now, String owner, Duration lease) {
        return dsl.transactionResult(tx -> {
            var locked = tx.dsl().selectFrom(OUTBOX)
                    .where(OUTBOX.ID.eq(id).and(OUTBOX.STATUS.eq(PENDING.wire()))
                            .and(OUTBOX.NOT_BEFORE.le(now.atOffset(ZoneOffset.UTC))))
                    .forUpdate().skipLocked().fetchOptional();
            if (locked.isEmpty()) return Optional.<OutboxMessage>empty();
            tx.dsl().update(OUTBOX).set(OUTBOX.STATUS, SENDING.wire()).set(OUTBOX.ATTEMPTS, OUTBOX.ATTEMPTS.plus(1))
                    .set(OUTBOX.LEASE_OWNER, owner).set(OUTBOX.LEASE_UNTIL, leaseFromNow(lease))
                    .set(OUTBOX.ATTEMPTED_AT, DSL.currentOffsetDateTime())
                    .where(OUTBOX.ID.eq(id)).execute();
            return Optional.of(toMessage(locked.get()));
        });
    }

    /** Extends {@code owner}'s leases on rows it is still sending; returns the ids it still holds. */
    public Set<Long> renewLeases(String owner, Collection<Long> ids, Duration lease) {
        if (ids.isEmpty()) return Set.of();
        return dsl.update(OUTBOX).set(OUTBOX.LEASE_UNTIL, leaseFromNow(lease))
                .where(OUTBOX.ID.in(ids).and(OUTBOX.STATUS.eq(SENDING.wire())).and(OUTBOX.LEASE_OWNER.eq(owner)))
                .returning(OUTBOX.ID).fetchSet(OUTBOX.ID);
    }

    /**
     * Of {@code ids}, the rows another instance is sending now: it took them over after
     * {@code owner}'s lease ran out. (A row {@code owner} finished itself is not among them.)
     */
    public Set<Long> takenOver(String owner, Collection<Long> ids) {
        if (ids.isEmpty()) return Set.of();
        return dsl.select(OUTBOX.ID).from(OUTBOX)
                .where(OUTBOX.ID.in(ids).and(OUTBOX.STATUS.eq(SENDING.wire())).and(OUTBOX.LEASE_OWNER.ne(owner)))
                .fetchSet(OUTBOX.ID);
    }

    /** A send that was cut off: the row as it was claimed, and when that attempt began. */
    public record Interrupted(OutboxMessage message, Instant attemptedAt) {
    }

    /**
     * Takes over rows left in {@code sending} whose lease ran out (rows from before leases, which
     * have none, count as run out): {@code owner} holds them for {@code lease} while it finds out
     * whether the mail server got them.
     */
    public List<Interrupted> claimInterrupted(String owner, Duration lease, int limit) {
        var expired = DSL.select(OUTBOX.ID).from(OUTBOX)
                .where(OUTBOX.STATUS.eq(SENDING.wire())
                        .and(OUTBOX.LEASE_UNTIL.isNull().or(OUTBOX.LEASE_UNTIL.lt(DSL.currentOffsetDateTime()))))
                .orderBy(OUTBOX.ID).limit(limit).forUpdate().skipLocked();
        return dsl.update(OUTBOX).set(OUTBOX.LEASE_OWNER, owner).set(OUTBOX.LEASE_UNTIL, leaseFromNow(lease))
                .where(OUTBOX.ID.in(expired))
                .returning().fetch().stream()
                .map(r -> new Interrupted(toMessage(r), r.getAttemptedAt() == null ? r.getNotBefore().toInstant()
                        : r.getAttemptedAt().toInstant()))
                .sorted(java.util.Comparator.comparingLong(i -> i.message().id())).toList();
    }

    /** Puts a row {@code owner} holds back in the queue, due now; false if it no longer holds it. */
    public boolean requeueInterrupted(long id, String owner, String reason) {
        return dsl.update(OUTBOX).set(OUTBOX.STATUS, PENDING.wire()).set(OUTBOX.LAST_ERROR, reason)
                .set(OUTBOX.LEASE_OWNER, (String) null).set(OUTBOX.LEASE_UNTIL, (OffsetDateTime) null)
                .where(OUTBOX.ID.eq(id).and(OUTBOX.STATUS.eq(SENDING.wire())).and(OUTBOX.LEASE_OWNER.eq(owner)))
                .execute() == 1;
    }

    /** Leaves a row {@code owner} holds for a later look, {@code wait} from now. */
    public void holdFor(long id, String owner, Duration wait) {
        dsl.update(OUTBOX).set(OUTBOX.LEASE_UNTIL, leaseFromNow(wait))
                .where(OUTBOX.ID.eq(id).and(OUTBOX.STATUS.eq(SENDING.wire())).and(OUTBOX.LEASE_OWNER.eq(owner)))
                .execute();
    }

    /** Records a row {@code owner} was sending as sent; false if another instance took it over meanwhile. */
    public boolean markSentBy(long id, String owner, Instant at) {
        return dsl.update(OUTBOX).set(OUTBOX.STATUS, SENT.wire()).set(OUTBOX.SENT_AT, at.atOffset(ZoneOffset.UTC))
                .set(OUTBOX.LEASE_OWNER, (String) null).set(OUTBOX.LEASE_UNTIL, (OffsetDateTime) null)
                .where(OUTBOX.ID.eq(id).and(OUTBOX.STATUS.eq(SENDING.wire())).and(OUTBOX.LEASE_OWNER.eq(owner)))
                .execute() == 1;
    }

    private static Field<OffsetDateTime> leaseFromNow(Duration lease) {
        return DSL.currentOffsetDateTime().plus(DSL.val(DayToSecond.valueOf(lease), SQLDataType.INTERVALDAYTOSECOND));
    }

    public void markSent(long id, Instant at) {
        dsl.update(OUTBOX).set(OUTBOX.STATUS, SENT.wire()).set(OUTBOX.SENT_AT, at.atOffset(ZoneOffset.UTC))
                .where(OUTBOX.ID.eq(id)).execute();
    }

    /** Puts a row back for a later attempt, or gives up after too many. */
    public void markFailed(long id, String error, Instant retryAt, boolean giveUp) {
        dsl.update(OUTBOX).set(OUTBOX.STATUS, (giveUp ? FAILED : PENDING).wire()).set(OUTBOX.LAST_ERROR, error)
                .set(OUTBOX.NOT_BEFORE, retryAt.atOffset(ZoneOffset.UTC)).where(OUTBOX.ID.eq(id)).execute();
    }

    public void markStatus(long id, OutboxStatus status, String reason) {
        dsl.update(OUTBOX).set(OUTBOX.STATUS, status.wire()).set(OUTBOX.LAST_ERROR, reason).where(OUTBOX.ID.eq(id)).execute();
    }

    /** Cancels a touch's message if it has not been claimed for sending yet (the Undo button). */
    public boolean cancelPending(long touchId) {
        return dsl.update(OUTBOX).set(OUTBOX.STATUS, CANCELLED.wire())
                .where(OUTBOX.TOUCH_ID.eq(touchId).and(OUTBOX.STATUS.eq(PENDING.wire()))).execute() == 1;
    }

    /** Re-queues a cancelled message (approve again after an undo) with a new earliest time. */
    public boolean requeue(long touchId, String subject, String body, Instant notBefore) {
        return dsl.update(OUTBOX).set(OUTBOX.STATUS, PENDING.wire()).set(OUTBOX.SUBJECT, subject).set(OUTBOX.BODY, body)
                .set(OUTBOX.NOT_BEFORE, notBefore.atOffset(ZoneOffset.UTC))
                .where(OUTBOX.TOUCH_ID.eq(touchId).and(OUTBOX.STATUS.eq(CANCELLED.wire()))).execute() == 1;
    }

    public Optional<OutboxMessage> forTouch(long touchId) {
        return dsl.selectFrom(OUTBOX).where(OUTBOX.TOUCH_ID.eq(touchId)).fetchOptional().map(OutboxStore::toMessage);
    }

    public Optional<OutboxMessage> byId(long id) {
        return dsl.selectFrom(OUTBOX).where(OUTBOX.ID.eq(id)).fetchOptional().map(OutboxStore::toMessage);
    }

    /** Pending rows that are due: the sweeper re-schedules them in case a job was lost. */
    public List<Long> due(Instant now, int limit) {
        return dsl.select(OUTBOX.ID).from(OUTBOX)
                .where(OUTBOX.STATUS.eq(PENDING.wire()).and(OUTBOX.NOT_BEFORE.le(now.atOffset(ZoneOffset.UTC))))
                .orderBy(OUTBOX.NOT_BEFORE).limit(limit).fetch(OUTBOX.ID);
    }

    /** Sends from a mailbox taken or booked since {@code since}: sent ones and those already scheduled. */
    public int bookedSince(String from, Instant since) {
        return dsl.fetchCount(OUTBOX, OUTBOX.FROM_ADDRESS.eq(from).and(OUTBOX.STATUS.in(BOOKED))
                .and(org.jooq.impl.DSL.coalesce(OUTBOX.SENT_AT, OUTBOX.NOT_BEFORE).ge(since.atOffset(ZoneOffset.UTC))));
    }

    /** Bodies of the emails sent, being sent or queued from {@code since} on, newest first. */
    public List<String> bodiesSince(Instant since, int limit) {
        var slot = org.jooq.impl.DSL.coalesce(OUTBOX.SENT_AT, OUTBOX.NOT_BEFORE);
        return dsl.select(OUTBOX.BODY).from(OUTBOX)
                .where(OUTBOX.STATUS.in(BOOKED).and(slot.ge(since.atOffset(ZoneOffset.UTC))))
                .orderBy(slot.desc()).limit(limit).fetch(OUTBOX.BODY);
    }

    /** A mailbox's latest sends, newest first, each with whether its recipient hard-bounced since. */
    public List<Sent> recentSends(String from, int limit) {
        var s = dev.gatehouse.engine.store.db.Tables.SUPPRESSIONS;
        return dsl.select(OUTBOX.SENT_AT, org.jooq.impl.DSL.field(org.jooq.impl.DSL.exists(
                        org.jooq.impl.DSL.selectOne().from(s).where(s.EMAIL.eq(OUTBOX.TO_ADDRESS)
                                .and(s.REASON.eq(SuppressionReason.BOUNCE.wire())).and(s.CREATED_AT.ge(OUTBOX.SENT_AT))))))
                .from(OUTBOX).where(OUTBOX.FROM_ADDRESS.eq(from).and(OUTBOX.STATUS.eq(SENT.wire())))
                .orderBy(OUTBOX.SENT_AT.desc()).limit(limit)
                .fetch(r -> new Sent(r.value1().toInstant(), r.value2()));
    }

    public record Sent(Instant at, boolean hardBounced) {
    }

    /** The latest slot a mailbox has used or booked, so spacing also holds between queued sends. */
    public Optional<Instant> latestSlot(String from) {
        return Optional.ofNullable(dsl.select(org.jooq.impl.DSL.max(org.jooq.impl.DSL.coalesce(OUTBOX.SENT_AT, OUTBOX.NOT_BEFORE)))
                .from(OUTBOX).where(OUTBOX.FROM_ADDRESS.eq(from).and(OUTBOX.STATUS.in(BOOKED)))
                .fetchOne(0, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static OutboxMessage toMessage(OutboxRecord r) {
        return new OutboxMessage(r.getId(), r.getTouchId(), r.getMessageId(), r.getFromAddress(), r.getToAddress(),
                r.getToName(), r.getSubject(), r.getBody(), r.getInReplyTo(), OutboxStatus.fromWire(r.getStatus()), r.getNotBefore().toInstant(),
                r.getAttempts(), r.getSentAt() == null ? null : r.getSentAt().toInstant());
    }
}
