package dev.gatehouse.engine.pipeline;

import dev.gatehouse.engine.plan.Claim;
import dev.gatehouse.engine.plan.DailyPlanner;
import dev.gatehouse.engine.plan.DayPlan;
import dev.gatehouse.engine.plan.PlanSettings;
import dev.gatehouse.engine.scoring.IcpScorer;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Today's plan from the goals in force (what they have so far, the funnel of the planning window)
 * and the claims that fill its budget from the top of the backlog. Drafting is {@link Backlog}'s.
 */
public final class DayPlanning {
    private final Stores stores;
    private final DailyPlanner planner;
    private final PlanSettings settings;
    private final Clock clock;

    public DayPlanning(Stores stores, PlanSettings settings, Clock clock) {
        this.stores = stores;
        this.planner = new DailyPlanner(settings);
        this.settings = settings;
        this.clock = clock;
    }

    /** The plan and the accounts claimed for it just now (none when the budget is spent or no ICP is set). */
    public record Today(LocalDate day, DayPlan plan, List<Claim> claims) {
        public Today {
            claims = List.copyOf(claims);
        }
    }

    public DayPlan plan() {
        var now = clock.instant();
        var today = today();
        var goals = stores.goals().active(today);
        var achieved = new LinkedHashMap<Long, Integer>();
        for (var g : goals) achieved.put(g.id(), stores.goals().count(g.metric(), start(g.start()), start(g.end().plusDays(1))));
        var observed = stores.plan().observed(now.minus(Duration.ofDays(settings.windowDays())), now);
        return planner.plan(goals, achieved, observed, today);
    }

    /** Plans the day and claims what its budget still allows, each claim routed to a reviewer with room. */
    public Today claim() {
        var plan = plan();
        var day = today();
        var icp = stores.playbook().currentIcp();
        if (icp.isEmpty()) return new Today(day, plan, List.of());
        int minScore = new IcpScorer(icp.get().value()).icp().icp().minScore();
        return new Today(day, plan, stores.plan().claim(day, plan.budget(), icp.get().version(), minScore,
                settings.reviewsPerRepPerDay()));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
