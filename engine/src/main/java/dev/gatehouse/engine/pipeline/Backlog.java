package dev.gatehouse.engine.pipeline;

import dev.gatehouse.engine.plan.Claim;
import dev.gatehouse.engine.plan.DailyPlanner;
import dev.gatehouse.engine.plan.DayPlan;
import dev.gatehouse.engine.plan.PlanSettings;
import dev.gatehouse.engine.scoring.IcpScorer;
import dev.gatehouse.engine.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Works the scored backlog, not the inbox: each day's budget (from the goal's plan) is filled from
 * the best-scored accounts that may be worked, and a signal that arrives once the budget is spent
 * leaves its account scored and queued for a later day. Days are UTC days.
 */
public final class Backlog {
    private static final Logger log = LoggerFactory.getLogger(Backlog.class);

    private final Stores stores;
    private final Pipeline pipeline;
    private final DailyPlanner planner;
    private final PlanSettings settings;
    private final Clock clock;

    public Backlog(Stores stores, Pipeline pipeline, PlanSettings settings, Clock clock) {
        this.stores = stores;
        this.pipeline = pipeline;
        this.planner = new DailyPlanner(settings);
        this.settings = settings;
        this.clock = clock;
    }

    /** What one fill did: the plan it kept to and what came of each account it took. */
    public record Fill(DayPlan plan, Map<Long, Pipeline.Outcome> drafted) {
    }

    /** Today's plan, from the goals in force, what they have so far and the funnel of the planning window. */
    public DayPlan plan() {
        var now = clock.instant();
        var today = today();
        var goals = stores.goals().active(today);
        var achieved = new LinkedHashMap<Long, Integer>();
        for (var g : goals) {
            achieved.put(g.id(), stores.goals().count(g.metric(), start(g.start()), start(g.end().plusDays(1))));
        }
        var observed = stores.plan().observed(now.minus(java.time.Duration.ofDays(settings.windowDays())), now);
        return planner.plan(goals, achieved, observed, today);
    }

    /** Scores a new signal's account; drafts from the top of the backlog while today's budget has room. */
    public Pipeline.Outcome onSignal(long signalId) {
        var screened = pipeline.screen(signalId);
        if (!(screened instanceof Pipeline.Ready ready)) return (Pipeline.Outcome) screened;
        var fill = fill();
        var outcome = fill.drafted().get(ready.account().id());
        if (outcome != null) return outcome;
        var spent = stores.plan().claimed(today()) >= fill.plan().budget();
        return new Pipeline.Outcome.Skipped(ready.account().name() + " is scored " + ready.score().total() + " and queued: "
                + (spent ? "today's budget of " + fill.plan().budget() + " accounts is spent"
                : "better-scored accounts took today's room, or no reviewer has room left today"), ready.score());
    }

    /** Claims what today's budget still allows off the top of the backlog and drafts for each claimed account. */
    public Fill fill() {
        var plan = plan();
        var icp = stores.playbook().currentIcp();
        var drafted = new LinkedHashMap<Long, Pipeline.Outcome>();
        if (icp.isEmpty()) return new Fill(plan, drafted);
        var day = today();
        int minScore = new IcpScorer(icp.get().value()).icp().icp().minScore();
        var claims = stores.plan().claim(day, plan.budget(), icp.get().version(), minScore, settings.reviewsPerRepPerDay());
        for (var claim : claims) drafted.put(claim.accountId(), draft(day, claim));
        if (!claims.isEmpty()) log.info("Daily plan: drafted for {} accounts (budget {})", claims.size(), plan.budget());
        return new Fill(plan, drafted);
    }

    private Pipeline.Outcome draft(LocalDate day, Claim claim) {
        try {
            var outcome = pipeline.draftClaimed(claim.accountId());
            stores.plan().settle(day, claim.accountId(), outcome instanceof Pipeline.Outcome.Drafted);
            return outcome;
        } catch (RuntimeException e) {
            // given back: the account stays in the backlog for the next fill
            stores.plan().release(day, claim.accountId());
            log.error("Drafting for account {} failed; it stays in the backlog", claim.accountId(), e);
            return new Pipeline.Outcome.Skipped("drafting failed: " + e.getMessage(), null);
        }
    }

    private static java.time.Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
