package dev.gatehouse.engine.store;

import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.Sample;
import dev.gatehouse.engine.gate.SampleVerdict;
import dev.gatehouse.engine.store.db.tables.records.SupervisedSamplesRecord;
import org.jooq.DSLContext;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static dev.gatehouse.engine.store.db.Tables.SUPERVISED_SAMPLES;

/**
 * Which supervised actions were sampled for after-the-fact review, and the verdicts on them. Both
 * are written once: the first decision about a touch stands, and so does the first verdict.
 */
public final class SampleStore {
    private final DSLContext dsl;

    SampleStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Records whether a supervised touch is sampled, unless that was decided before; answers the
     * decision that stands (so a second run or instance never samples the touch twice).
     */
    public boolean decide(long touchId, ActionType type, boolean sampled, int percent) {
        dsl.insertInto(SUPERVISED_SAMPLES)
                .set(SUPERVISED_SAMPLES.TOUCH_ID, touchId)
                .set(SUPERVISED_SAMPLES.ACTION_TYPE, type.wire())
                .set(SUPERVISED_SAMPLES.SAMPLED, sampled)
                .set(SUPERVISED_SAMPLES.SAMPLE_PERCENT, (short) percent)
                .onConflict(SUPERVISED_SAMPLES.TOUCH_ID).doNothing()
                .execute();
        return dsl.select(SUPERVISED_SAMPLES.SAMPLED).from(SUPERVISED_SAMPLES)
                .where(SUPERVISED_SAMPLES.TOUCH_ID.eq(touchId)).fetchOne(SUPERVISED_SAMPLES.SAMPLED);
    }

    /**
     * Claims posting a sampled touch's review message: true for the one caller that should post it
     * now (sampled, no message recorded on the touch, and no claim younger than {@code lease}).
     */
    public boolean claimPost(long touchId, Instant now, Duration lease) {
        var t = dev.gatehouse.engine.store.db.Tables.TOUCHES;
        return dsl.update(SUPERVISED_SAMPLES).set(SUPERVISED_SAMPLES.POST_CLAIMED_AT, now.atOffset(ZoneOffset.UTC))
                .where(SUPERVISED_SAMPLES.TOUCH_ID.eq(touchId).and(SUPERVISED_SAMPLES.SAMPLED.isTrue())
                        .and(unclaimed(now, lease))
                        .andNotExists(org.jooq.impl.DSL.selectOne().from(t).where(t.ID.eq(touchId).and(t.SLACK_TS.isNotNull()))))
                .execute() == 1;
    }

    /** Gives a claim back (Slack did not take the post), so the next sweep tries again. */
    public void releasePost(long touchId) {
        dsl.update(SUPERVISED_SAMPLES).setNull(SUPERVISED_SAMPLES.POST_CLAIMED_AT)
                .where(SUPERVISED_SAMPLES.TOUCH_ID.eq(touchId)).execute();
    }

    /** Sampled touches not yet reviewed whose message was never recorded and nobody holds a claim on, oldest first. */
    public List<Long> unposted(Instant now, Duration lease, int limit) {
        var t = dev.gatehouse.engine.store.db.Tables.TOUCHES;
        return dsl.select(SUPERVISED_SAMPLES.TOUCH_ID).from(SUPERVISED_SAMPLES).join(t).on(t.ID.eq(SUPERVISED_SAMPLES.TOUCH_ID))
                .where(SUPERVISED_SAMPLES.SAMPLED.isTrue().and(SUPERVISED_SAMPLES.VERDICT.isNull()).and(t.SLACK_TS.isNull())
                        .and(unclaimed(now, lease)))
                .orderBy(SUPERVISED_SAMPLES.TOUCH_ID).limit(limit).fetch(SUPERVISED_SAMPLES.TOUCH_ID);
    }

    private static org.jooq.Condition unclaimed(Instant now, Duration lease) {
        return SUPERVISED_SAMPLES.POST_CLAIMED_AT.isNull()
                .or(SUPERVISED_SAMPLES.POST_CLAIMED_AT.lt(now.minus(lease).atOffset(ZoneOffset.UTC)));
    }

    /** The touch's sample, when it was sampled for review. */
    public Optional<Sample> find(long touchId) {
        return dsl.selectFrom(SUPERVISED_SAMPLES)
                .where(SUPERVISED_SAMPLES.TOUCH_ID.eq(touchId).and(SUPERVISED_SAMPLES.SAMPLED.isTrue()))
                .fetchOptional().map(SampleStore::sample);
    }

    /** Records the first verdict on a sampled touch; false when it had one already (or was not sampled). */
    public boolean review(long touchId, SampleVerdict verdict, String reviewer, String reason, Instant at) {
        return dsl.update(SUPERVISED_SAMPLES)
                .set(SUPERVISED_SAMPLES.VERDICT, verdict.wire())
                .set(SUPERVISED_SAMPLES.REVIEWER, reviewer)
                .set(SUPERVISED_SAMPLES.REASON, reason)
                .set(SUPERVISED_SAMPLES.REVIEWED_AT, at.atOffset(ZoneOffset.UTC))
                .where(SUPERVISED_SAMPLES.TOUCH_ID.eq(touchId).and(SUPERVISED_SAMPLES.SAMPLED.isTrue())
                        .and(SUPERVISED_SAMPLES.VERDICT.isNull()))
                .execute() == 1;
    }

    /**
     * The newest sampled actions of a type sampled at or after {@code since}, newest first. Both
     * times are the database's ({@code decided_at} and the autonomy setting's {@code created_at}).
     */
    public List<Sample> recent(ActionType type, Instant since, int limit) {
        return dsl.selectFrom(SUPERVISED_SAMPLES)
                .where(SUPERVISED_SAMPLES.ACTION_TYPE.eq(type.wire()).and(SUPERVISED_SAMPLES.SAMPLED.isTrue())
                        .and(SUPERVISED_SAMPLES.DECIDED_AT.ge(since.atOffset(ZoneOffset.UTC))))
                .orderBy(SUPERVISED_SAMPLES.DECIDED_AT.desc(), SUPERVISED_SAMPLES.TOUCH_ID.desc())
                .limit(limit).fetch(SampleStore::sample);
    }

    /** How many supervised actions of a type were decided on, and how many of them sampled: {@code [all, sampled]}. */
    public long[] counts(ActionType type) {
        var r = dsl.select(org.jooq.impl.DSL.count(),
                        org.jooq.impl.DSL.count().filterWhere(SUPERVISED_SAMPLES.SAMPLED.isTrue()))
                .from(SUPERVISED_SAMPLES).where(SUPERVISED_SAMPLES.ACTION_TYPE.eq(type.wire())).fetchOne();
        return new long[]{r.value1(), r.value2()};
    }

    /** Flag reasons on sampled touches at the contact's account, newest first, as the writer's feedback reads them. */
    public List<Flag> flagsAtAccountOf(long contactId, int limit) {
        var t = dev.gatehouse.engine.store.db.Tables.TOUCHES;
        var c = dev.gatehouse.engine.store.db.Tables.CONTACTS;
        var account = org.jooq.impl.DSL.select(c.ACCOUNT_ID).from(c).where(c.ID.eq(contactId));
        return dsl.select(SUPERVISED_SAMPLES.REASON, SUPERVISED_SAMPLES.REVIEWED_AT, t.CONTACT_ID.eq(contactId))
                .from(SUPERVISED_SAMPLES).join(t).on(t.ID.eq(SUPERVISED_SAMPLES.TOUCH_ID))
                .where(SUPERVISED_SAMPLES.VERDICT.eq(SampleVerdict.FLAGGED.wire()).and(t.ACCOUNT_ID.in(account)))
                .orderBy(SUPERVISED_SAMPLES.REVIEWED_AT.desc()).limit(limit)
                .fetch(r -> new Flag(r.value1(), r.value2().toInstant(), Boolean.TRUE.equals(r.value3())));
    }

    /** A flag as feedback: the reviewer's reason, when, and whether it was on this contact's email. */
    public record Flag(String reason, Instant at, boolean sameContact) {
    }

    private static Sample sample(SupervisedSamplesRecord r) {
        return new Sample(r.getTouchId(), ActionType.fromWire(r.getActionType()).orElseThrow(), r.getSamplePercent(),
                r.getDecidedAt().toInstant(), SampleVerdict.fromWire(r.getVerdict()).orElse(null), r.getReviewer(),
                r.getReason(), r.getReviewedAt() == null ? null : r.getReviewedAt().toInstant());
    }
}
