package dev.gatehouse.engine.store;

import dev.gatehouse.engine.customers.Anomaly;
import dev.gatehouse.engine.customers.AnomalyDetector;
import dev.gatehouse.engine.customers.AnomalyDirection;
import dev.gatehouse.engine.customers.Escalation;
import dev.gatehouse.engine.customers.EscalationCategory;
import dev.gatehouse.engine.customers.Health;
import dev.gatehouse.engine.customers.HealthBand;
import dev.gatehouse.engine.store.db.tables.records.CustomerAnomaliesRecord;
import dev.gatehouse.engine.store.db.tables.records.CustomerEscalationsRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.gatehouse.engine.store.CustomerStore.utc;
import static dev.gatehouse.engine.store.CustomerStore.wired;
import static dev.gatehouse.engine.store.db.Tables.CUSTOMER_ANOMALIES;
import static dev.gatehouse.engine.store.db.Tables.CUSTOMER_ESCALATIONS;
import static dev.gatehouse.engine.store.db.Tables.CUSTOMER_HEALTH;
import static dev.gatehouse.engine.store.db.Tables.CUSTOMER_POSTS;
import static org.jooq.impl.DSL.excluded;

/** What is derived from customer signals: the weekly health history, anomalies, escalations, and what was posted once. */
public final class CustomerAlertStore {
    private final DSLContext dsl;

    CustomerAlertStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The week's health, replacing what was computed for it before. */
    public void save(Health health) {
        saveAll(List.of(health));
    }

    /**
     * Many weeks' health at once: one multi-row upsert per thousand (a statement, not a thousand),
     * replacing what was computed for those weeks before.
     */
    public void saveAll(List<Health> healths) {
        for (int from = 0; from < healths.size(); from += 1_000) {
            var insert = dsl.insertInto(CUSTOMER_HEALTH, CUSTOMER_HEALTH.ACCOUNT_ID, CUSTOMER_HEALTH.WEEK_START,
                    CUSTOMER_HEALTH.SCORE, CUSTOMER_HEALTH.BAND, CUSTOMER_HEALTH.POINTS);
            for (var h : healths.subList(from, Math.min(healths.size(), from + 1_000))) {
                insert = insert.values(h.accountId(), h.week(), h.score(), h.band().wire(), Json.json(h.points()));
            }
            insert.onConflict(CUSTOMER_HEALTH.ACCOUNT_ID, CUSTOMER_HEALTH.WEEK_START).doUpdate()
                    .set(CUSTOMER_HEALTH.SCORE, excluded(CUSTOMER_HEALTH.SCORE))
                    .set(CUSTOMER_HEALTH.BAND, excluded(CUSTOMER_HEALTH.BAND))
                    .set(CUSTOMER_HEALTH.POINTS, excluded(CUSTOMER_HEALTH.POINTS))
                    .set(CUSTOMER_HEALTH.COMPUTED_AT, org.jooq.impl.DSL.currentOffsetDateTime()).execute();
        }
    }

    /** The customer's weekly health, oldest first. */
    public List<Health> history(long accountId) {
        return dsl.selectFrom(CUSTOMER_HEALTH).where(CUSTOMER_HEALTH.ACCOUNT_ID.eq(accountId)).orderBy(CUSTOMER_HEALTH.WEEK_START)
                .fetch(r -> new Health(r.getAccountId(), r.getWeekStart(), r.getScore(), wired(HealthBand.class, r.getBand()),
                        List.of(Json.read(r.getPoints(), Health.Point[].class))));
    }

    /** The anomaly group of the same metric and direction that a flag in {@code week} extends: its last week at most two before. */
    public Optional<Anomaly> openGroup(long accountId, String metric, AnomalyDirection direction, LocalDate week) {
        return dsl.selectFrom(CUSTOMER_ANOMALIES).where(CUSTOMER_ANOMALIES.ACCOUNT_ID.eq(accountId)
                        .and(CUSTOMER_ANOMALIES.METRIC.eq(metric)).and(CUSTOMER_ANOMALIES.DIRECTION.eq(direction.wire()))
                        .and(CUSTOMER_ANOMALIES.LAST_WEEK.ge(week.minusWeeks(2))))
                .orderBy(CUSTOMER_ANOMALIES.ID.desc()).limit(1).fetchOptional().map(CustomerAlertStore::anomaly);
    }

    /**
     * A new group starting at the finding's week; empty when that group exists already (its key is
     * customer, metric, direction and first week, so two instances seeing the same week store one).
     */
    public Optional<Anomaly> insert(long accountId, AnomalyDetector.Finding f) {
        return dsl.insertInto(CUSTOMER_ANOMALIES).set(CUSTOMER_ANOMALIES.ACCOUNT_ID, accountId)
                .set(CUSTOMER_ANOMALIES.METRIC, f.metric()).set(CUSTOMER_ANOMALIES.DIRECTION, f.direction().wire())
                .set(CUSTOMER_ANOMALIES.FIRST_WEEK, f.week()).set(CUSTOMER_ANOMALIES.LAST_WEEK, f.week())
                .set(CUSTOMER_ANOMALIES.VALUE, f.value()).set(CUSTOMER_ANOMALIES.MEDIAN, f.median())
                .set(CUSTOMER_ANOMALIES.MAD, f.mad()).onConflictDoNothing().returning().fetchOptional()
                .map(CustomerAlertStore::anomaly);
    }

    /**
     * Claims posting the group: true for the one instance that should post it, while it is not
     * posted and nobody claimed it in the last ten minutes (a claim whose poster died is taken again).
     */
    public boolean claimAnomalyPost(long anomalyId, Instant now) {
        return dsl.update(CUSTOMER_ANOMALIES).set(CUSTOMER_ANOMALIES.POST_CLAIMED_AT, utc(now))
                .where(CUSTOMER_ANOMALIES.ID.eq(anomalyId).and(CUSTOMER_ANOMALIES.SLACK_TS.isNull())
                        .and(CUSTOMER_ANOMALIES.POST_CLAIMED_AT.isNull()
                                .or(CUSTOMER_ANOMALIES.POST_CLAIMED_AT.lt(utc(now.minusSeconds(600))))))
                .execute() == 1;
    }

    /** Adds a flagged week to a group (once per week, however often the week is re-sent). */
    public void extend(long anomalyId, AnomalyDetector.Finding f) {
        dsl.update(CUSTOMER_ANOMALIES).set(CUSTOMER_ANOMALIES.LAST_WEEK, f.week())
                .set(CUSTOMER_ANOMALIES.OCCURRENCES, CUSTOMER_ANOMALIES.OCCURRENCES.plus(1))
                .where(CUSTOMER_ANOMALIES.ID.eq(anomalyId).and(CUSTOMER_ANOMALIES.LAST_WEEK.lt(f.week()))).execute();
    }

    public void posted(long anomalyId, String channel, String ts) {
        dsl.update(CUSTOMER_ANOMALIES).set(CUSTOMER_ANOMALIES.SLACK_CHANNEL, channel).set(CUSTOMER_ANOMALIES.SLACK_TS, ts)
                .where(CUSTOMER_ANOMALIES.ID.eq(anomalyId)).execute();
    }

    public Optional<Anomaly> anomaly(long id) {
        return dsl.selectFrom(CUSTOMER_ANOMALIES).where(CUSTOMER_ANOMALIES.ID.eq(id)).fetchOptional().map(CustomerAlertStore::anomaly);
    }

    public List<Anomaly> anomalies(long accountId) {
        return dsl.selectFrom(CUSTOMER_ANOMALIES).where(CUSTOMER_ANOMALIES.ACCOUNT_ID.eq(accountId)).orderBy(CUSTOMER_ANOMALIES.ID)
                .fetch(CustomerAlertStore::anomaly);
    }

    /** The first acknowledgement wins; false when it was acknowledged before. */
    public boolean acknowledgeAnomaly(long id, String user, Instant at) {
        return dsl.update(CUSTOMER_ANOMALIES).set(CUSTOMER_ANOMALIES.ACKNOWLEDGED_BY, user)
                .set(CUSTOMER_ANOMALIES.ACKNOWLEDGED_AT, utc(at))
                .where(CUSTOMER_ANOMALIES.ID.eq(id).and(CUSTOMER_ANOMALIES.ACKNOWLEDGED_BY.isNull())).execute() == 1;
    }

    /** An escalation for a ticket, survey answer or email reply, once: empty when that row has one already. */
    public Optional<Escalation> escalate(long accountId, Long ticketId, Long surveyId, Long replyId, EscalationCategory category,
                                         String excerpt, Instant at) {
        return dsl.insertInto(CUSTOMER_ESCALATIONS).set(CUSTOMER_ESCALATIONS.ACCOUNT_ID, accountId)
                .set(CUSTOMER_ESCALATIONS.TICKET_ID, ticketId).set(CUSTOMER_ESCALATIONS.SURVEY_ID, surveyId)
                .set(CUSTOMER_ESCALATIONS.REPLY_ID, replyId)
                .set(CUSTOMER_ESCALATIONS.CATEGORY, category.wire()).set(CUSTOMER_ESCALATIONS.EXCERPT, excerpt)
                .set(CUSTOMER_ESCALATIONS.CREATED_AT, utc(at)).onConflictDoNothing().returning().fetchOptional()
                .map(CustomerAlertStore::escalation);
    }

    public boolean acknowledgeEscalation(long id, String user, Instant at) {
        return dsl.update(CUSTOMER_ESCALATIONS).set(CUSTOMER_ESCALATIONS.ACKNOWLEDGED_BY, user)
                .set(CUSTOMER_ESCALATIONS.ACKNOWLEDGED_AT, utc(at))
                .where(CUSTOMER_ESCALATIONS.ID.eq(id).and(CUSTOMER_ESCALATIONS.ACKNOWLEDGED_BY.isNull())).execute() == 1;
    }

    /** Escalations nobody acknowledged that were raised before {@code before} and not yet taken to a manager. */
    public List<Escalation> unacknowledgedBefore(Instant before) {
        return dsl.selectFrom(CUSTOMER_ESCALATIONS).where(CUSTOMER_ESCALATIONS.ACKNOWLEDGED_BY.isNull()
                        .and(CUSTOMER_ESCALATIONS.MANAGER_NOTIFIED_AT.isNull()).and(CUSTOMER_ESCALATIONS.CREATED_AT.lt(utc(before))))
                .orderBy(CUSTOMER_ESCALATIONS.ID).fetch(CustomerAlertStore::escalation);
    }

    /** Claims taking an escalation to the manager; only one instance wins. */
    public boolean claimManagerNotice(long id, Instant at) {
        return dsl.update(CUSTOMER_ESCALATIONS).set(CUSTOMER_ESCALATIONS.MANAGER_NOTIFIED_AT, utc(at))
                .where(CUSTOMER_ESCALATIONS.ID.eq(id).and(CUSTOMER_ESCALATIONS.MANAGER_NOTIFIED_AT.isNull())
                        .and(CUSTOMER_ESCALATIONS.ACKNOWLEDGED_BY.isNull())).execute() == 1;
    }

    public List<Escalation> openEscalations(long accountId) {
        return dsl.selectFrom(CUSTOMER_ESCALATIONS).where(CUSTOMER_ESCALATIONS.ACCOUNT_ID.eq(accountId)
                .and(CUSTOMER_ESCALATIONS.ACKNOWLEDGED_BY.isNull())).orderBy(CUSTOMER_ESCALATIONS.ID).fetch(CustomerAlertStore::escalation);
    }

    public Optional<Escalation> escalation(long id) {
        return dsl.selectFrom(CUSTOMER_ESCALATIONS).where(CUSTOMER_ESCALATIONS.ID.eq(id)).fetchOptional().map(CustomerAlertStore::escalation);
    }

    /**
     * Claims posting {@code kind} for {@code subject} and {@code period} (a renewal package, a weekly
     * digest): true for the one instance that should post it; a claim not marked posted within ten
     * minutes (its poster died) may be taken again.
     */
    public boolean claimPost(String kind, String subject, LocalDate period, Instant now) {
        if (dsl.insertInto(CUSTOMER_POSTS).set(CUSTOMER_POSTS.KIND, kind).set(CUSTOMER_POSTS.SUBJECT, subject)
                .set(CUSTOMER_POSTS.PERIOD, period).set(CUSTOMER_POSTS.CLAIMED_AT, utc(now)).onConflictDoNothing().execute() == 1) {
            return true;
        }
        return dsl.update(CUSTOMER_POSTS).set(CUSTOMER_POSTS.CLAIMED_AT, utc(now))
                .where(CUSTOMER_POSTS.KIND.eq(kind).and(CUSTOMER_POSTS.SUBJECT.eq(subject)).and(CUSTOMER_POSTS.PERIOD.eq(period))
                        .and(CUSTOMER_POSTS.POSTED_AT.isNull()).and(CUSTOMER_POSTS.CLAIMED_AT.lt(utc(now.minusSeconds(600)))))
                .execute() == 1;
    }

    public void markPosted(String kind, String subject, LocalDate period, Instant at) {
        dsl.update(CUSTOMER_POSTS).set(CUSTOMER_POSTS.POSTED_AT, utc(at)).where(CUSTOMER_POSTS.KIND.eq(kind)
                .and(CUSTOMER_POSTS.SUBJECT.eq(subject)).and(CUSTOMER_POSTS.PERIOD.eq(period))).execute();
    }

    /** The latest period {@code kind} was posted for {@code subject} (e.g. the day of the last check-in). */
    public Optional<LocalDate> lastPosted(String kind, String subject) {
        return Optional.ofNullable(dsl.select(org.jooq.impl.DSL.max(CUSTOMER_POSTS.PERIOD)).from(CUSTOMER_POSTS)
                .where(CUSTOMER_POSTS.KIND.eq(kind).and(CUSTOMER_POSTS.SUBJECT.eq(subject)).and(CUSTOMER_POSTS.POSTED_AT.isNotNull()))
                .fetchOne(0, LocalDate.class));
    }

    private static Anomaly anomaly(CustomerAnomaliesRecord r) {
        return new Anomaly(r.getId(), r.getAccountId(), r.getMetric(), wired(AnomalyDirection.class, r.getDirection()),
                r.getFirstWeek(), r.getLastWeek(), r.getOccurrences(), r.getValue(), r.getMedian(), r.getMad(), r.getAcknowledgedBy());
    }

    private static Escalation escalation(CustomerEscalationsRecord r) {
        return new Escalation(r.getId(), r.getAccountId(), wired(EscalationCategory.class, r.getCategory()), r.getExcerpt(),
                r.getTicketId(), r.getSurveyId(), r.getReplyId(), r.getCreatedAt().toInstant(), r.getAcknowledgedBy(),
                r.getManagerNotifiedAt() == null ? null : r.getManagerNotifiedAt().toInstant());
    }
}
