package dev.gatehouse.engine.store;

import dev.gatehouse.engine.exceptions.ExceptionCounts;
import dev.gatehouse.engine.exceptions.ExceptionItem;
import dev.gatehouse.engine.exceptions.ExceptionKind;
import dev.gatehouse.engine.exceptions.ExceptionState;
import dev.gatehouse.engine.store.db.tables.records.ExceptionsRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
