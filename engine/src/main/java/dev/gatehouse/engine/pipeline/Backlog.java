package dev.gatehouse.engine.pipeline;

import dev.gatehouse.engine.plan.Claim;
import dev.gatehouse.engine.plan.DayPlan;
import dev.gatehouse.engine.plan.PlanSettings;
import dev.gatehouse.engine.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
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
    private final DayPlanning planning;

    public Backlog(Stores stores, Pipeline pipeline, PlanSettings settings, Clock clock) {
        this.stores = stores;
        this.pipeline = pipeline;
        this.planning = new DayPlanning(stores, settings, clock);
    }

    /** What one fill did: the plan it kept to and what came of each account it took. */
    public record Fill(DayPlan plan, Map<Long, Pipeline.Outcome> drafted) {
    }

    /** Today's plan, from the goals in force, what they have so far and the funnel of the planning window. */
    public DayPlan plan() {
        return planning.plan();
    }

    /** Scores a new signal's account; drafts from the top of the backlog while today's budget has room. */
    public Pipeline.Outcome onSignal(long signalId) {
        var screened = pipeline.screen(signalId);
        if (!(screened instanceof Pipeline.Ready ready)) return (Pipeline.Outcome) screened;
        var fill = fill();
        var outcome = fill.drafted().get(ready.account().id());
        if (outcome != null) return outcome;
        var spent = stores.plan().claimed(planning.today()) >= fill.plan().budget();
        return new Pipeline.Outcome.Skipped(ready.account().name() + " is scored " + ready.score().total() + " and queued: "
                + (spent ? "today's budget of " + fill.plan().budget() + " accounts is spent"
                : "better-scored accounts took today's room, or no reviewer has room left today"), ready.score());
    }

    /** Claims what today's budget still allows off the top of the backlog and drafts for each claimed account. */
    public Fill fill() {
        var today = planning.claim();
        var drafted = new LinkedHashMap<Long, Pipeline.Outcome>();
        for (var claim : today.claims()) drafted.put(claim.accountId(), draft(today.day(), claim));
        if (!drafted.isEmpty()) log.info("Daily plan: drafted for {} accounts (budget {})", drafted.size(), today.plan().budget());
        return new Fill(today.plan(), drafted);
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
}
