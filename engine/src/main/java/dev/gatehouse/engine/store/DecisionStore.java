package dev.gatehouse.engine.store;

import dev.gatehouse.engine.gate.DecisionKind;
import dev.gatehouse.engine.gate.Decision;
import dev.gatehouse.engine.gate.RejectReason;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Optional;

import static dev.gatehouse.engine.store.db.Tables.REVIEW_DECISIONS;

/** Every review decision with the text before and after; the newest one is the one in force. */
public final class DecisionStore {
    private final DSLContext dsl;

    DecisionStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Edit(String beforeSubject, String beforeBody, String afterSubject, String afterBody) {
    }

    public void record(long touchId, DecisionKind decision, String actor, RejectReason reason, String note, Edit edit) {
        dsl.insertInto(REVIEW_DECISIONS)
                .set(REVIEW_DECISIONS.TOUCH_ID, touchId)
                .set(REVIEW_DECISIONS.DECISION, decision.wire())
                .set(REVIEW_DECISIONS.ACTOR, actor)
                .set(REVIEW_DECISIONS.REASON_CODE, reason == null ? null : reason.wire())
                .set(REVIEW_DECISIONS.REASON_TEXT, note)
                .set(REVIEW_DECISIONS.BEFORE_SUBJECT, edit == null ? null : edit.beforeSubject())
                .set(REVIEW_DECISIONS.BEFORE_BODY, edit == null ? null : edit.beforeBody())
                .set(REVIEW_DECISIONS.AFTER_SUBJECT, edit == null ? null : edit.afterSubject())
                .set(REVIEW_DECISIONS.AFTER_BODY, edit == null ? null : edit.afterBody())
                .execute();
    }

    /** The decision in force for a touch; {@code sendAt} fills an approval's scheduled time. */
    public Optional<Decision> latest(long touchId, Instant sendAt) {
        var edited = dsl.fetchExists(REVIEW_DECISIONS,
                REVIEW_DECISIONS.TOUCH_ID.eq(touchId).and(REVIEW_DECISIONS.DECISION.eq(DecisionKind.EDIT.wire())));
        return dsl.selectFrom(REVIEW_DECISIONS)
                .where(REVIEW_DECISIONS.TOUCH_ID.eq(touchId).and(REVIEW_DECISIONS.DECISION.in(DecisionKind.APPROVE.wire(), DecisionKind.REJECT.wire(),
                        DecisionKind.UNDO.wire())))
                .orderBy(REVIEW_DECISIONS.ID.desc()).limit(1).fetchOptional()
                .map(r -> {
                    var at = r.getCreatedAt().toInstant();
                    return switch (DecisionKind.fromWire(r.getDecision())) {
                        case APPROVE -> new Decision.Approved(r.getActor(), at, sendAt == null ? at : sendAt, edited);
                        case REJECT -> new Decision.Rejected(r.getActor(), at,
                                RejectReason.fromWire(r.getReasonCode()).orElse(RejectReason.OTHER), r.getReasonText());
                        case UNDO, EDIT -> new Decision.Undone(r.getActor(), at);
                    };
                });
    }

    /** How many rejections each reason has had (every reject decision recorded, for metrics). */
    public java.util.Map<RejectReason, Integer> rejectReasonCounts() {
        var counts = new java.util.EnumMap<RejectReason, Integer>(RejectReason.class);
        dsl.select(REVIEW_DECISIONS.REASON_CODE, org.jooq.impl.DSL.count()).from(REVIEW_DECISIONS)
                .where(REVIEW_DECISIONS.DECISION.eq(DecisionKind.REJECT.wire())).groupBy(REVIEW_DECISIONS.REASON_CODE)
                .fetch().forEach(r -> counts.merge(RejectReason.fromWire(r.value1()).orElse(RejectReason.OTHER),
                        r.value2(), Integer::sum));
        return counts;
    }

    /**
     * Reject reasons with their notes, newest first, fed back to the writer: those on this contact's
     * touches (first emails and follow-ups alike) and those on colleagues' touches at the same
     * account, except "wrong person", which was about the colleague and not about the writing.
     * Flags on sampled supervised emails at the account count the same way: a flag is a rejection
     * that came after the send.
     */
    public java.util.List<String> rejectionFeedback(long contactId, int limit) {
        var t = dev.gatehouse.engine.store.db.Tables.TOUCHES;
        var c = dev.gatehouse.engine.store.db.Tables.CONTACTS;
        var account = org.jooq.impl.DSL.select(c.ACCOUNT_ID).from(c).where(c.ID.eq(contactId));
        var sameContact = t.CONTACT_ID.eq(contactId);
        var feedback = new java.util.ArrayList<java.util.Map.Entry<java.time.Instant, String>>();
        dsl.select(REVIEW_DECISIONS.REASON_CODE, REVIEW_DECISIONS.REASON_TEXT, sameContact, REVIEW_DECISIONS.CREATED_AT)
                .from(REVIEW_DECISIONS).join(t).on(t.ID.eq(REVIEW_DECISIONS.TOUCH_ID))
                .where(REVIEW_DECISIONS.DECISION.eq(DecisionKind.REJECT.wire()).and(t.ACCOUNT_ID.in(account))
                        .and(sameContact.or(REVIEW_DECISIONS.REASON_CODE.isDistinctFrom(RejectReason.WRONG_PERSON.wire()))))
                .orderBy(REVIEW_DECISIONS.ID.desc()).limit(limit)
                .forEach(r -> feedback.add(java.util.Map.entry(r.value4().toInstant(), "A reviewer rejected an earlier draft"
                        + (Boolean.TRUE.equals(r.value3()) ? "" : " to a colleague at the same company") + ": "
                        + RejectReason.fromWire(r.value1()).map(RejectReason::label).orElse("Other")
                        + (r.value2() == null || r.value2().isBlank() ? "" : " — " + r.value2()))));
        new SampleStore(dsl).flagsAtAccountOf(contactId, limit).forEach(f -> feedback.add(java.util.Map.entry(f.at(),
                "A reviewer flagged an email already sent" + (f.sameContact() ? "" : " to a colleague at the same company")
                        + ": " + f.reason())));
        feedback.sort(java.util.Map.Entry.<java.time.Instant, String>comparingByKey().reversed());
        return feedback.stream().limit(limit).map(java.util.Map.Entry::getValue).toList();
    }
}
