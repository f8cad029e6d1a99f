package dev.gatehouse.engine.store;

import dev.gatehouse.engine.plan.Claim;
import dev.gatehouse.engine.plan.Observed;
import dev.gatehouse.engine.plan.RescoreRun;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The scored backlog and the day's claims on it, the funnel the plan learns from, and the
 * re-score runs. The backlog is every account whose current score qualifies, that has a contact and
 * a signal (a first email needs a reason to write now), no open conversation and no first email since its newest signal, and that today's plan has not
 * taken yet; it is read best score first, the newest signal breaking ties.
 */
public final class PlanStore {
    /** Serialises claiming across instances, so a day's budget and a reviewer's cap are never passed. */
    private static final long CLAIM_LOCK = 0x6761746550_6c616eL;
    private static final String OPEN = "'pending_review', 'blocked', 'approved', 'sent'";
    private static final String BACKLOG = """
            from scores s join accounts a on a.id = s.account_id
            where s.icp_version = ? and s.score >= ?
              and exists (select 1 from contacts c where c.account_id = a.id)
              and exists (select 1 from signals g where g.account_id = a.id)
              and not exists (select 1 from plan_claims pc where pc.account_id = a.id and pc.day = ?::date)
              and not exists (select 1 from touches t where t.account_id = a.id and (t.status in (%s)
                  or (t.kind = 'first_email' and t.created_at >= (select max(g.created_at) from signals g where g.account_id = a.id))))
            """.formatted(OPEN);
    /**
     * The distinct account owners, read by skipping along {@code accounts_owner_idx} (one index probe
     * per owner) instead of reading every account: the plan asks on each fill.
     */
    private static final String OWNERS = """
            with recursive owners (id) as (
                (select owner_slack_id from accounts where owner_slack_id > '' order by owner_slack_id limit 1)
                union all
                select (select a.owner_slack_id from accounts a where a.owner_slack_id > o.id order by a.owner_slack_id limit 1)
                from owners o where o.id is not null)
            """;
    private static final String NEWEST_SIGNAL = "(select max(g.created_at) from signals g where g.account_id = a.id)";
    private static final String STALE = """
            from accounts a left join scores s on s.account_id = a.id
            where (a.industry is not null or a.employees is not null or a.region is not null or a.country is not null
                   or coalesce(a.technologies, '') <> '' or a.description is not null)
              and (s.account_id is null or s.icp_version <> ?
                   or exists (select 1 from signals g where g.account_id = a.id and g.created_at > s.computed_at))
            """;

    private final DSLContext dsl;

    PlanStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Accounts in the backlog today, not counting those already claimed. */
    public int queued(LocalDate day, int icpVersion, int minScore) {
        return dsl.fetchOne("select count(*) " + BACKLOG, icpVersion, minScore, day).get(0, Integer.class);
    }

    /** The first {@code limit} account ids of the backlog, in the order the plan takes them. */
    public List<Long> backlog(LocalDate day, int icpVersion, int minScore, int limit) {
        return dsl.fetch("select a.id " + BACKLOG + " order by s.score desc, " + NEWEST_SIGNAL + " desc nulls last, a.id limit ?",
                icpVersion, minScore, day, limit).getValues(0, Long.class);
    }

    /** Claims counted against the day's budget: drafted or being drafted. */
    public int claimed(LocalDate day) {
        return claimed(dsl, day);
    }

    /**
     * Takes accounts off the top of the backlog for {@code day} until {@code budget} are claimed that
     * day (counted under the lock, so two instances never pass it), each routed to a
     * reviewer with fewer than {@code perReviewer} reviews that day (the owner first). Accounts whose
     * owner is full and for whom nobody else has room stay in the backlog. One instance at a time.
     */
    public List<Claim> claim(LocalDate day, int budget, int icpVersion, int minScore, int perReviewer) {
        if (budget <= 0) return List.of();
        return dsl.transactionResult(tx -> {
            var d = tx.dsl();
            d.fetch("select pg_advisory_xact_lock(?)", CLAIM_LOCK);
            // a claim whose instance stopped before its draft was written is given back
            d.execute("delete from plan_claims where outcome is null and claimed_at < now() - interval '30 minutes'");
            int room = budget - claimed(d, day);
            if (room <= 0) return List.<Claim>of();
            var load = new HashMap<String, Integer>();
            d.fetch("select reviewer, count(*) from plan_claims where day = ?::date and reviewer is not null "
                    + "and outcome is distinct from 'skipped' group by reviewer", day)
                    .forEach(r -> load.put(r.get(0, String.class), r.get(1, Integer.class)));
            var reviewers = new TreeSet<String>(d.fetch(OWNERS + "select id from owners where id is not null").getValues(0, String.class));
            reviewers.addAll(load.keySet());
            var candidates = d.fetch("select a.id, a.owner_slack_id " + BACKLOG + " order by s.score desc, " + NEWEST_SIGNAL
                    + " desc nulls last, a.id limit ?", icpVersion, minScore, day, room);
            var claims = new ArrayList<Claim>();
            for (Record row : candidates) {
                if (claims.size() >= room) break;
                var owner = row.get(1, String.class);
                var reviewer = route(owner == null || owner.isBlank() ? null : owner, reviewers, load, perReviewer);
                // nobody has room left today: the rest of the backlog waits too
                if (reviewer.isEmpty()) break;
                var who = reviewer.get().orElse(null);
                if (who != null) load.merge(who, 1, Integer::sum);
                claims.add(new Claim(row.get(0, Long.class), who));
            }
            if (!claims.isEmpty()) {
                d.execute("insert into plan_claims (day, account_id, reviewer) select ?::date, unnest(?::bigint[]), unnest(?::varchar[])",
                        day, claims.stream().map(Claim::accountId).toArray(Long[]::new),
                        claims.stream().map(Claim::reviewer).toArray(String[]::new));
            }
            return claims;
        });
    }

    private static int claimed(DSLContext d, LocalDate day) {
        return d.fetchOne("select count(*) from plan_claims where day = ?::date and outcome is distinct from 'skipped'", day)
                .get(0, Integer.class);
    }

    /**
     * The owner while they have room, else the known reviewer with the fewest reviews today who has
     * room; empty when nobody has room. No reviewer known at all: routed to nobody in particular.
     */
    private static Optional<Optional<String>> route(String owner, TreeSet<String> reviewers, HashMap<String, Integer> load,
                                                    int perReviewer) {
        if (owner != null && load.getOrDefault(owner, 0) < perReviewer) return Optional.of(Optional.of(owner));
        if (reviewers.isEmpty()) return Optional.of(Optional.empty());
        String best = null;
        for (var r : reviewers) {
            int n = load.getOrDefault(r, 0);
            if (n < perReviewer && (best == null || n < load.getOrDefault(best, 0))) best = r;
        }
        return best == null ? Optional.empty() : Optional.of(Optional.of(best));
    }

    /** Records what came of a claim; a skipped one no longer counts against the day's budget. */
    public void settle(LocalDate day, long accountId, boolean drafted) {
        dsl.execute("update plan_claims set outcome = ? where day = ?::date and account_id = ?", drafted ? "drafted" : "skipped",
                day, accountId);
    }

    /** Who the daily plan routed the account's review to, the last time it took the account. */
    public Optional<String> reviewer(long accountId) {
        return dsl.fetchOptional("select reviewer from plan_claims where account_id = ? and outcome is distinct from 'skipped' "
                + "order by day desc limit 1", accountId).map(r -> r.get(0, String.class));
    }

    /** {@link #reviewer} for many accounts in one read: the accounts the plan routed to someone, to whom. */
    public java.util.Map<Long, String> reviewers(java.util.Collection<Long> accountIds) {
        var routed = new HashMap<Long, String>();
        if (accountIds.isEmpty()) return routed;
        dsl.fetch("select distinct on (account_id) account_id, reviewer from plan_claims where account_id = any(?::bigint[]) "
                        + "and outcome is distinct from 'skipped' order by account_id, day desc", (Object) accountIds.toArray(Long[]::new))
                .forEach(r -> {
                    if (r.get(1, String.class) != null) routed.put(r.get(0, Long.class), r.get(1, String.class));
                });
        return routed;
    }

    /** Gives a claim back (its draft failed), so the account is in the backlog again. */
    public void release(LocalDate day, long accountId) {
        dsl.execute("delete from plan_claims where day = ?::date and account_id = ? and outcome is null", day, accountId);
    }

    /** The people reviews are routed to: the account owners. */
    public int reviewers() {
        return dsl.fetchOne(OWNERS + "select count(*) from owners where id is not null").get(0, Integer.class);
    }

    /** The funnel over {@code [from, to)}: first emails drafted and decided, approved, sent, and what the sent ones led to. */
    public Observed observed(Instant from, Instant to) {
        var f = OffsetDateTime.ofInstant(from, ZoneOffset.UTC);
        var t = OffsetDateTime.ofInstant(to, ZoneOffset.UTC);
        var drafts = dsl.fetchOne("""
                select count(*) filter (where status not in ('pending_review', 'blocked')),
                       count(*) filter (where status in ('approved', 'sent'))
                from touches where kind = 'first_email' and created_at >= ?::timestamptz and created_at < ?::timestamptz""", f, t);
        var funnel = dsl.fetchOne("""
                with sent as (select distinct t.account_id from outbox o join touches t on t.id = o.touch_id
                              where t.kind = 'first_email' and o.sent_at >= ?::timestamptz and o.sent_at < ?::timestamptz),
                     replied as (select distinct c.account_id from replies r join contacts c on c.id = r.contact_id
                                 where r.received_at >= ?::timestamptz and (r.label is null
                                    or r.label not in ('bounce', 'out_of_office', 'unsubscribe')))
                select (select count(*) from sent),
                       (select count(*) from sent join replied using (account_id)),
                       (select count(distinct m.account_id) from meetings m join sent using (account_id)
                         where m.outcome is distinct from 'no_show'),
                       (select count(distinct m.account_id) from meetings m join sent using (account_id)
                         where m.outcome = 'held')""", f, t, f);
        return new Observed(drafts.get(0, Integer.class), drafts.get(1, Integer.class), funnel.get(0, Integer.class),
                funnel.get(1, Integer.class), funnel.get(2, Integer.class), funnel.get(3, Integer.class));
    }

    /** Accounts with company data whose score is missing, from another ICP version, or older than one of their signals. */
    public int countStale(int icpVersion) {
        return dsl.fetchOne("select count(*) " + STALE, icpVersion).get(0, Integer.class);
    }

    /** The next {@code limit} stale account ids above {@code afterId}, in id order. */
    public List<Long> stale(int icpVersion, long afterId, int limit) {
        return dsl.fetch("select a.id " + STALE + " and a.id > ? order by a.id limit ?", icpVersion, afterId, limit)
                .getValues(0, Long.class);
    }

    public long startRun(String reason, int total) {
        return dsl.fetchOne("insert into rescore_runs (reason, total) values (?, ?) returning id",
                reason.length() > 200 ? reason.substring(0, 200) : reason, total).get(0, Long.class);
    }

    public void progress(long runId, int total, int done) {
        dsl.execute("update rescore_runs set total = ?, done = ? where id = ?", total, done, runId);
    }

    public void finish(long runId) {
        dsl.execute("update rescore_runs set finished_at = now() where id = ? and finished_at is null", runId);
    }

    public Optional<RescoreRun> run(long runId) {
        return dsl.fetchOptional("select id, reason, total, done, started_at, finished_at from rescore_runs where id = ?", runId)
                .map(PlanStore::toRun);
    }

    public Optional<RescoreRun> latestRun() {
        return dsl.fetchOptional("select id, reason, total, done, started_at, finished_at from rescore_runs order by id desc limit 1")
                .map(PlanStore::toRun);
    }

    private static RescoreRun toRun(Record r) {
        return new RescoreRun(r.get(0, Long.class), r.get(1, String.class), r.get(2, Integer.class), r.get(3, Integer.class),
                r.get(4, OffsetDateTime.class).toInstant(),
                Optional.ofNullable(r.get(5, OffsetDateTime.class)).map(OffsetDateTime::toInstant));
    }
}
