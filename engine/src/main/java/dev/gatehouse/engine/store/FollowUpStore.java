package dev.gatehouse.engine.store;

import dev.gatehouse.engine.sequence.FollowUpStatus;
import dev.gatehouse.engine.sequence.StopReason;
import dev.gatehouse.engine.store.db.tables.records.FollowUpsRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static dev.gatehouse.engine.sequence.FollowUpStatus.CANCELLED;
import static dev.gatehouse.engine.sequence.FollowUpStatus.DRAFTED;
import static dev.gatehouse.engine.sequence.FollowUpStatus.PENDING;
import static dev.gatehouse.engine.store.db.Tables.FOLLOW_UPS;
import static dev.gatehouse.engine.store.db.Tables.SEQUENCE_STOPS;

/**
 * The follow-ups planned for each thread (keyed by its first touch) and the stops. Every change
 * is conditional on the status it expects, so a job run twice drafts a step once.
 */
public final class FollowUpStore {
    private final DSLContext dsl;

    FollowUpStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Planned(long threadTouchId, int step, Instant dueAt, FollowUpStatus status, Long touchId, String note) {
    }

    /** Plans a step unless it is already planned; returns whether it was new. */
    public boolean plan(long threadTouchId, int step, Instant dueAt) {
        return dsl.insertInto(FOLLOW_UPS).set(FOLLOW_UPS.THREAD_TOUCH_ID, threadTouchId).set(FOLLOW_UPS.STEP, step)
                .set(FOLLOW_UPS.DUE_AT, dueAt.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing().execute() == 1;
    }

    public Optional<Planned> find(long threadTouchId, int step) {
        return dsl.selectFrom(FOLLOW_UPS)
                .where(FOLLOW_UPS.THREAD_TOUCH_ID.eq(threadTouchId).and(FOLLOW_UPS.STEP.eq(step)))
                .fetchOptional().map(FollowUpStore::toPlanned);
    }

    public List<Planned> forThread(long threadTouchId) {
        return dsl.selectFrom(FOLLOW_UPS).where(FOLLOW_UPS.THREAD_TOUCH_ID.eq(threadTouchId))
                .orderBy(FOLLOW_UPS.STEP).fetch(FollowUpStore::toPlanned);
    }

    /** Pending steps that are due: the sweeper drafts them in case a job was lost. */
    public List<Planned> due(Instant now, int limit) {
        return dsl.selectFrom(FOLLOW_UPS)
                .where(FOLLOW_UPS.STATUS.eq(PENDING.wire()).and(FOLLOW_UPS.DUE_AT.le(now.atOffset(ZoneOffset.UTC))))
                .orderBy(FOLLOW_UPS.DUE_AT).limit(limit).fetch(FollowUpStore::toPlanned);
    }

    public boolean markDrafted(long threadTouchId, int step, long touchId) {
        return dsl.update(FOLLOW_UPS).set(FOLLOW_UPS.STATUS, DRAFTED.wire()).set(FOLLOW_UPS.TOUCH_ID, touchId)
                .set(FOLLOW_UPS.UPDATED_AT, OffsetDateTime.now())
                .where(key(threadTouchId, step).and(FOLLOW_UPS.STATUS.eq(PENDING.wire()))).execute() == 1;
    }

    /** Moves every pending step of a thread to no earlier than {@code notBefore}, keeping their spacing. */
    public List<Planned> postponePending(long threadTouchId, Instant notBefore, String note) {
        var pending = dsl.selectFrom(FOLLOW_UPS)
                .where(FOLLOW_UPS.THREAD_TOUCH_ID.eq(threadTouchId).and(FOLLOW_UPS.STATUS.eq(PENDING.wire())))
                .orderBy(FOLLOW_UPS.STEP).fetch(FollowUpStore::toPlanned);
        if (pending.isEmpty() || !pending.getFirst().dueAt().isBefore(notBefore)) return List.of();
        var shift = java.time.Duration.between(pending.getFirst().dueAt(), notBefore);
        for (var p : pending) {
            dsl.update(FOLLOW_UPS).set(FOLLOW_UPS.DUE_AT, p.dueAt().plus(shift).atOffset(ZoneOffset.UTC))
                    .set(FOLLOW_UPS.NOTE, note).set(FOLLOW_UPS.UPDATED_AT, OffsetDateTime.now())
                    .where(key(threadTouchId, p.step()).and(FOLLOW_UPS.STATUS.eq(PENDING.wire()))).execute();
        }
        return forThread(threadTouchId).stream().filter(p -> p.status() == PENDING).toList();
    }

    /** Stops a thread for good: records why and cancels every step not drafted yet. */
    public boolean stop(long threadTouchId, StopReason reason, String actor) {
        dsl.update(FOLLOW_UPS).set(FOLLOW_UPS.STATUS, CANCELLED.wire()).set(FOLLOW_UPS.NOTE, reason.wire())
                .set(FOLLOW_UPS.UPDATED_AT, OffsetDateTime.now())
                .where(FOLLOW_UPS.THREAD_TOUCH_ID.eq(threadTouchId).and(FOLLOW_UPS.STATUS.eq(PENDING.wire()))).execute();
        return dsl.insertInto(SEQUENCE_STOPS).set(SEQUENCE_STOPS.THREAD_TOUCH_ID, threadTouchId)
                .set(SEQUENCE_STOPS.REASON, reason.wire()).set(SEQUENCE_STOPS.ACTOR, actor)
                .onConflictDoNothing().execute() == 1;
    }

    public Optional<StopReason> stopReason(long threadTouchId) {
        return dsl.select(SEQUENCE_STOPS.REASON).from(SEQUENCE_STOPS)
                .where(SEQUENCE_STOPS.THREAD_TOUCH_ID.eq(threadTouchId)).fetchOptional(SEQUENCE_STOPS.REASON)
                .map(StopReason::fromWire);
    }

    private static org.jooq.Condition key(long threadTouchId, int step) {
        return FOLLOW_UPS.THREAD_TOUCH_ID.eq(threadTouchId).and(FOLLOW_UPS.STEP.eq(step));
    }

    private static Planned toPlanned(FollowUpsRecord r) {
        return new Planned(r.getThreadTouchId(), r.getStep(), r.getDueAt().toInstant(), FollowUpStatus.fromWire(r.getStatus()),
                r.getTouchId(), r.getNote());
    }
}
