package dev.gatehouse.engine.store;

import dev.gatehouse.engine.gate.DecisionKind;
import dev.gatehouse.engine.playbook.Goal;
import dev.gatehouse.engine.playbook.GoalMetric;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;

import static dev.gatehouse.engine.store.db.Tables.GOALS;
import static dev.gatehouse.engine.store.db.Tables.MEETINGS;
import static dev.gatehouse.engine.store.db.Tables.OUTBOX;
import static dev.gatehouse.engine.store.db.Tables.REPLIES;
import static dev.gatehouse.engine.store.db.Tables.REVIEW_DECISIONS;
import static dev.gatehouse.engine.store.db.Tables.SIGNALS;
import static dev.gatehouse.engine.store.db.Tables.TOUCHES;

/**
 * Goals managers set ("10 meetings this week") and the counts that measure them. A newer goal
 * for the same metric and period replaces the older one; the rows stay for the audit trail.
 */
public final class GoalStore {
    private final DSLContext dsl;

    GoalStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long add(GoalMetric metric, int target, LocalDate start, LocalDate end, String author) {
        new Goal(0, metric, target, start, end, author);
        return dsl.insertInto(GOALS).set(GOALS.METRIC, metric.wire()).set(GOALS.TARGET, target)
                .set(GOALS.PERIOD_START, start).set(GOALS.PERIOD_END, end).set(GOALS.AUTHOR, author)
                .returning(GOALS.ID).fetchOne().getId();
    }

    /** The goals in force on {@code day}: per metric, the newest one whose period contains it. */
    public List<Goal> active(LocalDate day) {
        var newest = new LinkedHashMap<GoalMetric, Goal>();
        dsl.selectFrom(GOALS).where(GOALS.PERIOD_START.le(day).and(GOALS.PERIOD_END.ge(day)))
                .orderBy(GOALS.ID.desc()).fetch().forEach(r -> GoalMetric.fromWire(r.getMetric()).ifPresent(metric ->
                        newest.putIfAbsent(metric, new Goal(r.getId(), metric, r.getTarget(), r.getPeriodStart(),
                                r.getPeriodEnd(), r.getAuthor()))));
        return List.copyOf(newest.values());
    }

    /** How many of {@code metric} happened in {@code [from, to)}. */
    public int count(GoalMetric metric, Instant from, Instant to) {
        var since = OffsetDateTime.ofInstant(from, ZoneOffset.UTC);
        var until = OffsetDateTime.ofInstant(to, ZoneOffset.UTC);
        return switch (metric) {
            case SIGNALS -> dsl.fetchCount(SIGNALS, SIGNALS.CREATED_AT.ge(since).and(SIGNALS.CREATED_AT.lt(until)));
            case DRAFTED -> dsl.fetchCount(TOUCHES, TOUCHES.CREATED_AT.ge(since).and(TOUCHES.CREATED_AT.lt(until)));
            case APPROVED -> dsl.fetchCount(REVIEW_DECISIONS, REVIEW_DECISIONS.DECISION.eq(DecisionKind.APPROVE.wire())
                    .and(REVIEW_DECISIONS.CREATED_AT.ge(since)).and(REVIEW_DECISIONS.CREATED_AT.lt(until)));
            case SENT -> dsl.fetchCount(OUTBOX, OUTBOX.SENT_AT.ge(since).and(OUTBOX.SENT_AT.lt(until)));
            case REPLIES -> dsl.fetchCount(REPLIES, REPLIES.RECEIVED_AT.ge(since).and(REPLIES.RECEIVED_AT.lt(until)));
            // a meeting the prospect did not show up to is not a meeting won
            case MEETINGS -> dsl.fetchCount(MEETINGS, MEETINGS.CREATED_AT.ge(since).and(MEETINGS.CREATED_AT.lt(until))
                    .and(MEETINGS.OUTCOME.isDistinctFrom("no_show")));
            case OPPORTUNITIES -> dsl.fetchCount(MEETINGS, MEETINGS.CREATED_AT.ge(since).and(MEETINGS.CREATED_AT.lt(until))
                    .and(MEETINGS.OUTCOME.eq("held")));
        };
    }
}
