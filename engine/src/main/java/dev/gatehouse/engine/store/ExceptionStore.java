package dev.gatehouse.engine.store;

import dev.gatehouse.engine.exceptions.ExceptionCounts;
import dev.gatehouse.engine.exceptions.ExceptionItem;
import dev.gatehouse.engine.exceptions.ExceptionKind;
import dev.gatehouse.engine.exceptions.ExceptionState;
import dev.gatehouse.engine.store.db.tables.records.ExceptionsRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static dev.gatehouse.engine.store.db.Tables.EXCEPTIONS;

/** The exceptions queue: one row per thing left to a person, with its state. */
public final class ExceptionStore {
    private final DSLContext dsl;

    ExceptionStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A new open item, unless one for the same kind and subject exists: empty then. */
    public Optional<ExceptionItem> raise(ExceptionKind kind, String subjectType, String subjectId, Long accountId,
                                         String owner, String summary) {
        return dsl.insertInto(EXCEPTIONS)
                .set(EXCEPTIONS.KIND, kind.wire())
                .set(EXCEPTIONS.SUBJECT_TYPE, subjectType)
                .set(EXCEPTIONS.SUBJECT_ID, subjectId)
                .set(EXCEPTIONS.ACCOUNT_ID, accountId)
                .set(EXCEPTIONS.OWNER, owner)
                .set(EXCEPTIONS.SUMMARY, summary)
                .set(EXCEPTIONS.STATE, ExceptionState.OPEN.wire())
                .onConflict(EXCEPTIONS.KIND, EXCEPTIONS.SUBJECT_TYPE, EXCEPTIONS.SUBJECT_ID).doNothing()
                .returning().fetchOptional().map(ExceptionStore::item);
    }

    public Optional<ExceptionItem> find(long id) {
        return dsl.selectFrom(EXCEPTIONS).where(EXCEPTIONS.ID.eq(id)).fetchOptional().map(ExceptionStore::item);
    }

    public Optional<ExceptionItem> find(ExceptionKind kind, String subjectType, String subjectId) {
        return dsl.selectFrom(EXCEPTIONS).where(EXCEPTIONS.KIND.eq(kind.wire()).and(EXCEPTIONS.SUBJECT_TYPE.eq(subjectType))
                .and(EXCEPTIONS.SUBJECT_ID.eq(subjectId))).fetchOptional().map(ExceptionStore::item);
    }

    /**
     * Moves a live (not dismissed) item to {@code state}; false when it is dismissed, missing, or
     * already exactly so at {@code now} (a double click), so each change is made once.
     */
    public boolean move(long id, ExceptionState state, String actor, String assignee, Instant snoozedUntil,
                        String dismissReason, Instant now) {
        var same = EXCEPTIONS.STATE.eq(state.wire()).and(EXCEPTIONS.ASSIGNEE.isNotDistinctFrom(assignee));
        if (state == ExceptionState.SNOOZED) same = same.and(EXCEPTIONS.SNOOZED_UNTIL.gt(now.atOffset(ZoneOffset.UTC)));
        return dsl.update(EXCEPTIONS)
                .set(EXCEPTIONS.STATE, state.wire())
                .set(EXCEPTIONS.ASSIGNEE, assignee)
                .set(EXCEPTIONS.SNOOZED_UNTIL, snoozedUntil == null ? null : snoozedUntil.atOffset(ZoneOffset.UTC))
                .set(EXCEPTIONS.DISMISS_REASON, dismissReason)
                .set(EXCEPTIONS.UPDATED_BY, actor)
                .set(EXCEPTIONS.UPDATED_AT, OffsetDateTime.now())
                .where(EXCEPTIONS.ID.eq(id).and(EXCEPTIONS.STATE.ne(ExceptionState.DISMISSED.wire())).andNot(same))
                .execute() == 1;
    }

    public void recordSlackMessage(long id, String channel, String ts) {
        dsl.update(EXCEPTIONS).set(EXCEPTIONS.SLACK_CHANNEL, channel).set(EXCEPTIONS.SLACK_TS, ts)
                .where(EXCEPTIONS.ID.eq(id)).execute();
    }

    /**
     * Claims posting a live item's message: true for the one caller that should post it now (open
     * or assigned, no message recorded, and no claim younger than {@code lease}).
     */
    public boolean claimPost(long id, Instant now, Duration lease) {
        return dsl.update(EXCEPTIONS).set(EXCEPTIONS.POST_CLAIMED_AT, now.atOffset(ZoneOffset.UTC))
                .where(EXCEPTIONS.ID.eq(id).and(unposted(now, lease))).execute() == 1;
    }

    /** Gives a claim back (Slack did not take the post), so the next sweep tries again. */
    public void releasePost(long id) {
        dsl.update(EXCEPTIONS).setNull(EXCEPTIONS.POST_CLAIMED_AT).where(EXCEPTIONS.ID.eq(id)).execute();
    }

    /** Live items without a message that nobody holds a claim on, oldest first. */
    public List<Long> unposted(Instant now, Duration lease, int limit) {
        return dsl.select(EXCEPTIONS.ID).from(EXCEPTIONS).where(unposted(now, lease)).orderBy(EXCEPTIONS.ID).limit(limit)
                .fetch(EXCEPTIONS.ID);
    }

    private static Condition unposted(Instant now, Duration lease) {
        return EXCEPTIONS.SLACK_TS.isNull()
                .and(EXCEPTIONS.STATE.in(ExceptionState.OPEN.wire(), ExceptionState.ASSIGNED.wire()))
                .and(EXCEPTIONS.POST_CLAIMED_AT.isNull().or(EXCEPTIONS.POST_CLAIMED_AT.lt(now.minus(lease).atOffset(ZoneOffset.UTC))));
    }

    /**
     * Ends the snoozes that are over at {@code now}: each item is open again, by Gatehouse, with no
     * message (its old one says it was snoozed), so it is posted again. Answers the items woken.
     */
    public List<ExceptionItem> wake(Instant now, String actor) {
        return dsl.update(EXCEPTIONS)
                .set(EXCEPTIONS.STATE, ExceptionState.OPEN.wire())
                .setNull(EXCEPTIONS.SNOOZED_UNTIL)
                .set(EXCEPTIONS.UPDATED_BY, actor)
                .set(EXCEPTIONS.UPDATED_AT, OffsetDateTime.now())
                .setNull(EXCEPTIONS.SLACK_CHANNEL)
                .setNull(EXCEPTIONS.SLACK_TS)
                .setNull(EXCEPTIONS.POST_CLAIMED_AT)
                .where(EXCEPTIONS.STATE.eq(ExceptionState.SNOOZED.wire())
                        .and(EXCEPTIONS.SNOOZED_UNTIL.le(now.atOffset(ZoneOffset.UTC))))
                .returning().fetch().map(ExceptionStore::item);
    }

    /** Counts by state at {@code now}: a snooze that has ended counts as open. */
    public ExceptionCounts counts(Instant now) {
        var at = now.atOffset(ZoneOffset.UTC);
        var snoozing = EXCEPTIONS.STATE.eq(ExceptionState.SNOOZED.wire());
        var r = dsl.select(
                        DSL.count().filterWhere(EXCEPTIONS.STATE.eq(ExceptionState.OPEN.wire())
                                .or(snoozing.and(EXCEPTIONS.SNOOZED_UNTIL.le(at)))),
                        DSL.count().filterWhere(EXCEPTIONS.STATE.eq(ExceptionState.ASSIGNED.wire())),
                        DSL.count().filterWhere(snoozing.and(EXCEPTIONS.SNOOZED_UNTIL.gt(at))))
                .from(EXCEPTIONS).where(EXCEPTIONS.STATE.ne(ExceptionState.DISMISSED.wire())).fetchOne();
        return new ExceptionCounts(r.value1(), r.value2(), r.value3());
    }

    private static ExceptionItem item(ExceptionsRecord r) {
        return new ExceptionItem(r.getId(), ExceptionKind.fromWire(r.getKind()).orElseThrow(), r.getSubjectType(),
                r.getSubjectId(), r.getAccountId(), r.getOwner(), r.getSummary(),
                ExceptionState.fromWire(r.getState()).orElseThrow(), r.getAssignee(),
                r.getSnoozedUntil() == null ? null : r.getSnoozedUntil().toInstant(), r.getDismissReason(),
                r.getUpdatedBy(), r.getCreatedAt().toInstant(), r.getSlackChannel(), r.getSlackTs());
    }
}
