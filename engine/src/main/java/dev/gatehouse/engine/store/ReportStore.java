package dev.gatehouse.engine.store;

import dev.gatehouse.engine.report.DecisionRow;
import dev.gatehouse.engine.report.FunnelRow;
import dev.gatehouse.engine.report.SampledReviews;
import dev.gatehouse.engine.report.Spend;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The read-only aggregates behind reports. Each first email is one {@link FunnelRow}, built in one
 * query with what followed it; the report package groups and divides in Java, so every table is
 * counted from the same rows.
 */
public final class ReportStore {
    // which replies count: a person wrote back (no bounce, auto-reply, out-of-office or unsubscribe)
    private static final String HUMAN_REPLY = "r.auto_reply = false and coalesce(r.label, '') not in "
            + "('bounce', 'out_of_office', 'unsubscribe')";
    private static final String FUNNEL = """
            select t.id, t.account_id, a.owner_slack_id, a.industry, t.created_at,
                   case when t.model is null then t.writer else t.writer || ':' || t.model end as writer,
                   s.score, x.arm,
                   (select d.actor from review_decisions d where d.touch_id = t.id and d.decision = 'approve'
                     order by d.id limit 1) as approved_by,
                   exists (select 1 from outbox o where o.touch_id = t.id and o.status = 'sent') as sent,
                   exists (select 1 from replies r where r.thread_touch_id = t.id and r.label = 'bounce') as bounced,
                   exists (select 1 from replies r where r.thread_touch_id = t.id and %s) as replied,
                   exists (select 1 from replies r where r.thread_touch_id = t.id and r.auto_reply = false
                            and r.label in ('interested', 'meeting_request')) as positive,
                   exists (select 1 from meetings m where m.account_id = t.account_id and m.outcome = 'held') as held,
                   o.stage, o.amount
              from touches t
              join accounts a on a.id = t.account_id
              left join scores s on s.account_id = t.account_id
              left join experiment_arms x on x.account_id = t.account_id
              left join lateral (select ao.stage, ao.amount from account_outcomes ao where ao.account_id = t.account_id
                                  order by ao.version desc limit 1) o on true
             where t.kind = 'first_email' and t.created_at >= ?::timestamptz and t.created_at < ?::timestamptz
             order by t.id
            """.formatted(HUMAN_REPLY);

    private final DSLContext dsl;

    ReportStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every first email drafted in [from, to), with what followed it up to now. */
    public List<FunnelRow> funnel(Instant from, Instant to) {
        return dsl.resultQuery(FUNNEL, utc(from), utc(to)).fetch(ReportStore::row);
    }

    public long signals(Instant from, Instant to) {
        return count("select count(*) from signals where created_at >= ?::timestamptz and created_at < ?::timestamptz", from, to);
    }

    /** Accounts scored in [from, to) whose score reaches the ICP's minimum. */
    public long accountsQualified(Instant from, Instant to, int minScore) {
        return count("select count(*) from scores where computed_at >= ?::timestamptz and computed_at < ?::timestamptz and score >= " + minScore,
                from, to);
    }

    /** Every review decision on the drafts whose final decision (approve or reject) was made in [from, to). */
    public List<DecisionRow> decisions(Instant from, Instant to) {
        return dsl.resultQuery("""
                select d.touch_id, d.decision, d.actor, d.reason_code, d.before_body, d.after_body, t.created_at,
                       d.created_at
                  from review_decisions d join touches t on t.id = d.touch_id
                 where d.touch_id in (select f.touch_id from review_decisions f where f.decision in ('approve', 'reject')
                                         and f.created_at >= ?::timestamptz and f.created_at < ?::timestamptz)
                 order by d.touch_id, d.id
                """, utc(from), utc(to)).fetch(r -> new DecisionRow(r.get(0, Long.class), r.get(1, String.class),
                r.get(2, String.class), r.get(3, String.class), r.get(4, String.class), r.get(5, String.class),
                r.get(6, OffsetDateTime.class).toInstant(), r.get(7, OffsetDateTime.class).toInstant()));
    }

    /** When each draft now waiting for a person was drafted. */
    public List<Instant> waitingSince() {
        return dsl.resultQuery("select created_at from touches where status = 'pending_review' order by created_at")
                .fetch(r -> r.get(0, OffsetDateTime.class).toInstant());
    }

    /** The emails sent under supervised autonomy in [from, to) (when their sampling was drawn), and their review up to now. */
    public SampledReviews samples(Instant from, Instant to) {
        var r = dsl.resultQuery("""
                select count(*), count(*) filter (where sampled), count(*) filter (where sampled and verdict is not null),
                       count(*) filter (where sampled and verdict = 'flagged')
                  from supervised_samples where decided_at >= ?::timestamptz and decided_at < ?::timestamptz
                """, utc(from), utc(to)).fetchOne();
        return new SampledReviews(r.get(0, Long.class), r.get(1, Long.class), r.get(2, Long.class), r.get(3, Long.class));
    }

    /** Model spend in [from, to) and what it bought in the same window. */
    public Spend spend(Instant from, Instant to) {
        var usage = dsl.resultQuery("select count(*), coalesce(sum(tokens_in + tokens_out), 0), coalesce(sum(cost_usd), 0) "
                + "from llm_usage where occurred_at >= ?::timestamptz and occurred_at < ?::timestamptz", utc(from), utc(to)).fetchOne();
        return new Spend(usage.get(0, Long.class), usage.get(1, Long.class), usage.get(2, BigDecimal.class),
                count("select count(*) from touches where created_at >= ?::timestamptz and created_at < ?::timestamptz", from, to),
                count("select count(*) from outbox where status = 'sent' and sent_at >= ?::timestamptz and sent_at < ?::timestamptz", from, to),
                count("select count(*) from replies r where received_at >= ?::timestamptz and received_at < ?::timestamptz and " + HUMAN_REPLY, from, to),
                count("select count(*) from meetings where outcome = 'held' and starts_at >= ?::timestamptz and starts_at < ?::timestamptz", from, to),
                count("""
                        select count(*) from (select account_id, min(created_at) as first from account_outcomes
                         where stage in ('qualified', 'won', 'lost') group by account_id) q
                         where q.first >= ?::timestamptz and q.first < ?::timestamptz""", from, to));
    }

    private long count(String sql, Instant from, Instant to) {
        return ((Number) dsl.fetchValue(sql, utc(from), utc(to))).longValue();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static FunnelRow row(Record r) {
        var approvedBy = r.get("approved_by", String.class);
        var approval = approvedBy == null ? FunnelRow.Approval.NONE
                : approvedBy.equals("gatehouse") || approvedBy.startsWith("gatehouse:") ? FunnelRow.Approval.SYSTEM
                : FunnelRow.Approval.PERSON;
        var stage = r.get("stage", String.class);
        var qualified = stage != null && !stage.equals("not_qualified");
        var won = "won".equals(stage);
        return new FunnelRow(r.get(0, Long.class), r.get(1, Long.class), r.get(2, String.class), r.get(3, String.class),
                r.get(4, OffsetDateTime.class).toInstant(), r.get("writer", String.class), r.get("score", Integer.class),
                r.get("arm", String.class), approval, r.get("sent", Boolean.class), r.get("bounced", Boolean.class),
                r.get("replied", Boolean.class), r.get("positive", Boolean.class), r.get("held", Boolean.class),
                qualified, won, won ? r.get("amount", BigDecimal.class) : null);
    }
}
