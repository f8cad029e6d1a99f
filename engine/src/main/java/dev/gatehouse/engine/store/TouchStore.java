package dev.gatehouse.engine.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.store.db.tables.records.TouchesRecord;
import dev.gatehouse.engine.verify.Problem;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;
import org.jooq.DSLContext;
import org.jooq.JSON;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.gatehouse.engine.store.db.Tables.TOUCHES;
import static dev.gatehouse.engine.store.db.Tables.TOUCH_SIGNALS;

/**
 * Touches and their status machine. Every status change is a conditional UPDATE on the status
 * it expects, so two clicks, a Slack retry or a second instance produce exactly one transition.
 */
public final class TouchStore {
    private final DSLContext dsl;

    TouchStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record NewTouch(long accountId, long contactId, TouchKind kind, int step, Long threadTouchId,
                           Draft draft, Verification verification, TouchStatus status) {
    }

    /** An id for a touch about to be drafted, so what the drafting costs can be tied to it. */
    public long reserveId() {
        return dsl.fetchOne("select nextval(pg_get_serial_sequence('touches', 'id'))").get(0, Long.class);
    }

    public long create(NewTouch touch) {
        return create(reserveId(), touch);
    }

    /** Creates the touch under a {@link #reserveId() reserved} id. */
    public long create(long reservedId, NewTouch touch) {
        return dsl.transactionResult(tx -> {
            var id = tx.dsl().insertInto(TOUCHES)
                    .set(TOUCHES.ID, reservedId)
                    .set(TOUCHES.ACCOUNT_ID, touch.accountId())
                    .set(TOUCHES.CONTACT_ID, touch.contactId())
                    .set(TOUCHES.KIND, touch.kind().wire())
                    .set(TOUCHES.STEP, touch.step())
                    .set(TOUCHES.THREAD_TOUCH_ID, touch.threadTouchId())
                    .set(TOUCHES.SUBJECT, touch.draft().subject())
                    .set(TOUCHES.BODY, touch.draft().body())
                    .set(TOUCHES.STATUS, touch.status().wire())
                    .set(TOUCHES.WRITER, touch.draft().writer())
                    .set(TOUCHES.MODEL, touch.draft().model())
                    .set(TOUCHES.VERIFICATION, verificationJson(touch.verification()))
                    .returning(TOUCHES.ID).fetchOne(TOUCHES.ID);
            for (var signalId : touch.draft().citedSignalIds()) {
                tx.dsl().insertInto(TOUCH_SIGNALS).set(TOUCH_SIGNALS.TOUCH_ID, id)
                        .set(TOUCH_SIGNALS.SIGNAL_ID, signalId).onConflictDoNothing().execute();
            }
            return id;
        });
    }

    public Optional<TouchRow> find(long id) {
        return dsl.selectFrom(TOUCHES).where(TOUCHES.ID.eq(id)).fetchOptional().map(this::toRow);
    }

    /**
     * Moves a touch from {@code from} to {@code to} only if it is still in {@code from}; the
     * database decides, so exactly one of several concurrent callers gets {@code true}.
     */
    public boolean transition(long id, TouchStatus from, TouchStatus to, String actor) {
        var update = dsl.update(TOUCHES)
                .set(TOUCHES.STATUS, to.wire())
                .set(TOUCHES.UPDATED_AT, OffsetDateTime.now());
        if (actor != null) {
            update = update.set(TOUCHES.DECIDED_BY, actor).set(TOUCHES.DECIDED_AT, OffsetDateTime.now());
        }
        return update.where(TOUCHES.ID.eq(id).and(TOUCHES.STATUS.eq(from.wire()))).execute() == 1;
    }

    /** Replaces the text of a touch still under review (an edit), with its new verdict. */
    public boolean replaceText(long id, String subject, String body, Verification verification) {
        return dsl.update(TOUCHES)
                .set(TOUCHES.SUBJECT, subject)
                .set(TOUCHES.BODY, body)
                .set(TOUCHES.VERIFICATION, verificationJson(verification))
                .set(TOUCHES.UPDATED_AT, OffsetDateTime.now())
                .where(TOUCHES.ID.eq(id).and(TOUCHES.STATUS.eq(TouchStatus.PENDING_REVIEW.wire())))
                .execute() == 1;
    }

    public void recordSlackMessage(long id, String channel, String ts) {
        dsl.update(TOUCHES).set(TOUCHES.SLACK_CHANNEL, channel).set(TOUCHES.SLACK_TS, ts)
                .where(TOUCHES.ID.eq(id)).execute();
    }

    public List<Long> citedSignalIds(long touchId) {
        return dsl.select(TOUCH_SIGNALS.SIGNAL_ID).from(TOUCH_SIGNALS).where(TOUCH_SIGNALS.TOUCH_ID.eq(touchId))
                .orderBy(TOUCH_SIGNALS.SIGNAL_ID).fetch(TOUCH_SIGNALS.SIGNAL_ID);
    }

    /** Bodies of drafts waiting for review that were written since {@code since}, newest first. */
    public List<String> pendingBodiesSince(Instant since, int limit) {
        return dsl.select(TOUCHES.BODY).from(TOUCHES).where(TOUCHES.STATUS.eq(TouchStatus.PENDING_REVIEW.wire())
                        .and(TOUCHES.CREATED_AT.ge(since.atOffset(ZoneOffset.UTC))))
                .orderBy(TOUCHES.CREATED_AT.desc()).limit(limit).fetch(TOUCHES.BODY);
    }

    public List<TouchRow> withStatus(TouchStatus status, int limit) {
        return rows(dsl.selectFrom(TOUCHES).where(TOUCHES.STATUS.eq(status.wire())).orderBy(TOUCHES.CREATED_AT)
                .limit(limit).fetch());
    }

    public List<TouchRow> forAccount(long accountId) {
        return rows(dsl.selectFrom(TOUCHES).where(TOUCHES.ACCOUNT_ID.eq(accountId)).orderBy(TOUCHES.ID).fetch());
    }

    public List<TouchRow> forContact(long contactId) {
        return rows(dsl.selectFrom(TOUCHES).where(TOUCHES.CONTACT_ID.eq(contactId)).orderBy(TOUCHES.ID).fetch());
    }

    public Map<TouchStatus, Integer> countByStatus() {
        var counts = new LinkedHashMap<TouchStatus, Integer>();
        dsl.select(TOUCHES.STATUS, org.jooq.impl.DSL.count()).from(TOUCHES).groupBy(TOUCHES.STATUS)
                .fetch().forEach(r -> counts.put(TouchStatus.fromWire(r.value1()), r.value2()));
        return counts;
    }

    /** Many touches with their cited signals in two queries, not one per touch. */
    private List<TouchRow> rows(List<TouchesRecord> records) {
        if (records.isEmpty()) return List.of();
        var cited = dsl.select(TOUCH_SIGNALS.TOUCH_ID, TOUCH_SIGNALS.SIGNAL_ID).from(TOUCH_SIGNALS)
                .where(TOUCH_SIGNALS.TOUCH_ID.in(records.stream().map(TouchesRecord::getId).toList()))
                .orderBy(TOUCH_SIGNALS.SIGNAL_ID)
                .fetchGroups(TOUCH_SIGNALS.TOUCH_ID, TOUCH_SIGNALS.SIGNAL_ID);
        return records.stream().map(r -> toRow(r, cited.getOrDefault(r.getId(), List.of()))).toList();
    }

    private TouchRow toRow(TouchesRecord r) {
        return toRow(r, citedSignalIds(r.getId()));
    }

    private TouchRow toRow(TouchesRecord r, List<Long> citedSignalIds) {
        var draft = new Draft(r.getSubject(), r.getBody(), citedSignalIds, r.getWriter(), r.getModel());
        return new TouchRow(r.getId(), r.getAccountId(), r.getContactId(), TouchKind.fromWire(r.getKind()),
                r.getStep(), r.getThreadTouchId(), draft, readVerification(r.getVerification()),
                TouchStatus.fromWire(r.getStatus()), r.getSlackChannel(), r.getSlackTs(), r.getDecidedBy(),
                r.getDecidedAt() == null ? null : r.getDecidedAt().toInstant(), r.getCreatedAt().toInstant());
    }

    static JSON verificationJson(Verification verification) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("verdict", switch (verification) {
            case Verification.Passed p -> "pass";
            case Verification.Blocked b -> "block";
            case Verification.Vouched v -> "vouched";
        });
        doc.put("problems", verification.problems());
        if (verification instanceof Verification.Vouched v) doc.put("vouched_by", v.actor());
        return Json.json(doc);
    }

    static Verification readVerification(JSON json) {
        var node = Json.read(json, JsonNode.class);
        var problems = new ArrayList<Problem>();
        node.path("problems").forEach(p -> problems.add(new Problem(p.path("claim").asText(), p.path("reason").asText())));
        if ("vouched".equals(node.path("verdict").asText()) && !problems.isEmpty()) {
            return new Verification.Vouched(problems, node.path("vouched_by").asText("unknown"));
        }
        return Verification.of(problems);
    }
}
