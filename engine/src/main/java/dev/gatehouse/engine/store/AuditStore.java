package dev.gatehouse.engine.store;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.AuditEvent;
import dev.gatehouse.engine.audit.Subject;
import dev.gatehouse.engine.store.db.tables.records.AuditLogRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.gatehouse.engine.store.db.Tables.AUDIT_LOG;

/** The append-only audit log: who decided what, when, with the state before and after. */
public final class AuditStore {
    private final DSLContext dsl;

    AuditStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Entry(long id, Instant at, String actor, String action, String subjectType, String subjectId,
                        String before, String after, String detail) {
    }

    public void append(AuditEvent event) {
        var subject = event.subject();
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ACTOR, event.actor().wire())
                .set(AUDIT_LOG.ACTION, event.action())
                .set(AUDIT_LOG.SUBJECT_TYPE, subject.type())
                .set(AUDIT_LOG.SUBJECT_ID, subject.id())
                .set(AUDIT_LOG.BEFORE_STATE, Json.json(event.before()))
                .set(AUDIT_LOG.AFTER_STATE, Json.json(event.after()))
                .set(AUDIT_LOG.DETAIL, event.detail())
                .execute();
    }

    public List<Entry> forSubject(Subject subject) {
        return forSubject(subject.type(), subject.id());
    }

    public List<Entry> forSubject(String subjectType, Object subjectId) {
        return dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.SUBJECT_TYPE.eq(subjectType).and(AUDIT_LOG.SUBJECT_ID.eq(String.valueOf(subjectId))))
                .orderBy(AUDIT_LOG.ID)
                .fetch(AuditStore::entry);
    }

    /** Whether this action was recorded for the subject since {@code since}. */
    public boolean recordedSince(String action, Subject subject, Instant since) {
        return dsl.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action).and(AUDIT_LOG.SUBJECT_TYPE.eq(subject.type()))
                .and(AUDIT_LOG.SUBJECT_ID.eq(subject.id()))
                .and(AUDIT_LOG.OCCURRED_AT.ge(since.atOffset(java.time.ZoneOffset.UTC))));
    }

    /** The latest entry of {@code action} for each subject of {@code subjectType}, by subject id: one query. */
    public Map<String, Entry> latestPerSubject(String action, String subjectType) {
        return dsl.select(AUDIT_LOG.fields()).distinctOn(AUDIT_LOG.SUBJECT_ID).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq(action).and(AUDIT_LOG.SUBJECT_TYPE.eq(subjectType)))
                .orderBy(AUDIT_LOG.SUBJECT_ID, AUDIT_LOG.ID.desc())
                .fetchInto(AUDIT_LOG).stream()
                .collect(Collectors.toMap(AuditLogRecord::getSubjectId, AuditStore::entry));
    }

    public List<Entry> recent(int limit) {
        return dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(limit)
                .fetch(AuditStore::entry);
    }

    /** The newest entries by one actor, newest first. */
    public List<Entry> byActor(String actor, int limit) {
        return dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTOR.eq(actor)).orderBy(AUDIT_LOG.ID.desc()).limit(limit)
                .fetch(AuditStore::entry);
    }

    /** The newest entries filed under any of these subject types, newest first. */
    public List<Entry> forSubjectTypes(List<String> subjectTypes, int limit) {
        return dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.SUBJECT_TYPE.in(subjectTypes)).orderBy(AUDIT_LOG.ID.desc())
                .limit(limit).fetch(AuditStore::entry);
    }

    /** The newest entries about an account: the account itself and its touches and meetings, newest first. */
    public List<Entry> aboutAccount(long accountId, int limit) {
        var id = String.valueOf(accountId);
        var touches = org.jooq.impl.DSL.select(org.jooq.impl.DSL.cast(dev.gatehouse.engine.store.db.Tables.TOUCHES.ID, String.class))
                .from(dev.gatehouse.engine.store.db.Tables.TOUCHES).where(dev.gatehouse.engine.store.db.Tables.TOUCHES.ACCOUNT_ID.eq(accountId));
        var meetings = org.jooq.impl.DSL.select(org.jooq.impl.DSL.cast(dev.gatehouse.engine.store.db.Tables.MEETINGS.ID, String.class))
                .from(dev.gatehouse.engine.store.db.Tables.MEETINGS).where(dev.gatehouse.engine.store.db.Tables.MEETINGS.ACCOUNT_ID.eq(accountId));
        return dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.SUBJECT_TYPE.eq("account").and(AUDIT_LOG.SUBJECT_ID.eq(id))
                        .or(AUDIT_LOG.SUBJECT_TYPE.eq("touch").and(AUDIT_LOG.SUBJECT_ID.in(touches)))
                        .or(AUDIT_LOG.SUBJECT_TYPE.eq("meeting").and(AUDIT_LOG.SUBJECT_ID.in(meetings))))
                .orderBy(AUDIT_LOG.ID.desc()).limit(limit).fetch(AuditStore::entry);
    }

    private static Entry entry(AuditLogRecord r) {
        return new Entry(r.getId(), r.getOccurredAt().toInstant(), r.getActor(), r.getAction(), r.getSubjectType(),
                r.getSubjectId(), r.getBeforeState() == null ? null : r.getBeforeState().data(),
                r.getAfterState() == null ? null : r.getAfterState().data(), r.getDetail());
    }
}
