package dev.gatehouse.engine.store;

import dev.gatehouse.engine.store.db.tables.records.MeetingsRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static dev.gatehouse.engine.store.db.Tables.MEETINGS;

/** Booked meetings: from a calendar invite, a confirmed meeting request, or by hand. */
public final class MeetingStore {
    private final DSLContext dsl;

    MeetingStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Meeting(long id, long accountId, Long contactId, Instant startsAt, String source, String sourceRef,
                          Long replyId, Instant briefPostedAt) {
    }

    /** What a person recorded about a meeting: {@code outcome} is "held" or "no_show". */
    public record Outcome(String outcome, String actor, Instant at) {
    }

    /**
     * Books a meeting; with a {@code sourceRef} (an invite UID) the same invite books once, and
     * the existing meeting's id comes back empty.
     */
    public Optional<Long> book(long accountId, Long contactId, Instant startsAt, String source, String sourceRef,
                               Long replyId) {
        return dsl.insertInto(MEETINGS)
                .set(MEETINGS.ACCOUNT_ID, accountId)
                .set(MEETINGS.CONTACT_ID, contactId)
                .set(MEETINGS.STARTS_AT, startsAt.atOffset(ZoneOffset.UTC))
                .set(MEETINGS.SOURCE, source)
                .set(MEETINGS.SOURCE_REF, sourceRef)
                .set(MEETINGS.REPLY_ID, replyId)
                .onConflict(MEETINGS.SOURCE_REF).doNothing()
                .returning(MEETINGS.ID)
                .fetchOptional(MEETINGS.ID);
    }

    /** A meeting booked by hand (a rep's command). */
    public long book(long accountId, Long contactId, Instant startsAt) {
        return book(accountId, contactId, startsAt, "manual", null, null).orElseThrow();
    }

    public Optional<Meeting> find(long id) {
        return dsl.selectFrom(MEETINGS).where(MEETINGS.ID.eq(id)).fetchOptional().map(MeetingStore::toMeeting);
    }

    public List<Meeting> forAccount(long accountId) {
        return dsl.selectFrom(MEETINGS).where(MEETINGS.ACCOUNT_ID.eq(accountId)).orderBy(MEETINGS.ID)
                .fetch(MeetingStore::toMeeting);
    }

    public boolean bookedForContactSince(long contactId, Instant since) {
        return dsl.fetchExists(MEETINGS, MEETINGS.CONTACT_ID.eq(contactId)
                .and(MEETINGS.CREATED_AT.ge(since.atOffset(ZoneOffset.UTC))));
    }

    /** Claims the brief for posting: true once per meeting, however many instances try. */
    public boolean markBriefPosted(long id, Instant at) {
        return dsl.update(MEETINGS).set(MEETINGS.BRIEF_POSTED_AT, at.atOffset(ZoneOffset.UTC))
                .where(MEETINGS.ID.eq(id).and(MEETINGS.BRIEF_POSTED_AT.isNull())).execute() == 1;
    }

    /** Records whether the meeting took place; true only for the first person to record it. */
    public boolean recordOutcome(long id, String outcome, String actor, Instant at) {
        return dsl.update(MEETINGS).set(MEETINGS.OUTCOME, outcome).set(MEETINGS.OUTCOME_BY, actor)
                .set(MEETINGS.OUTCOME_AT, at.atOffset(ZoneOffset.UTC))
                .where(MEETINGS.ID.eq(id).and(MEETINGS.OUTCOME.isNull())).execute() == 1;
    }

    public Optional<Outcome> outcome(long id) {
        return dsl.select(MEETINGS.OUTCOME, MEETINGS.OUTCOME_BY, MEETINGS.OUTCOME_AT).from(MEETINGS)
                .where(MEETINGS.ID.eq(id).and(MEETINGS.OUTCOME.isNotNull()))
                .fetchOptional(r -> new Outcome(r.value1(), r.value2(), r.value3().toInstant()));
    }

    private static Meeting toMeeting(MeetingsRecord r) {
        return new Meeting(r.getId(), r.getAccountId(), r.getContactId(), r.getStartsAt().toInstant(), r.getSource(),
                r.getSourceRef(), r.getReplyId(), toInstant(r.getBriefPostedAt()));
    }

    private static Instant toInstant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
