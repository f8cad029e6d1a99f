package dev.gatehouse.engine;

import dev.gatehouse.engine.exceptions.ExceptionCounts;

import dev.gatehouse.engine.pipeline.Backlog;
import dev.gatehouse.engine.plan.DayPlan;
import dev.gatehouse.engine.plan.PlanSettings;
import dev.gatehouse.engine.plan.RescoreRun;
import dev.gatehouse.engine.playbook.GoalMetric;
import dev.gatehouse.engine.scoring.IcpScorer;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** The goal's daily plan as people see it: {@code /pipeline}, the Home tab, {@code /pipeline share}. */
public final class Plans {
    private final Stores stores;
    private final Backlog backlog;
    private final PlanSettings settings;
    private final Clock clock;

    Plans(Stores stores, Backlog backlog, PlanSettings settings, Clock clock) {
        this.stores = stores;
        this.backlog = backlog;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Today's plan and how the day goes: accounts drafted by the plan, approvals and sends today,
     * the backlog still queued, the review room, whether the goal is on track (and why not), and
     * the latest re-score, and the exceptions queue (what needs a person: no contact, blocked after
     * rewrites, an unsure triage).
     */
    public record Report(DayPlan plan, int drafted, int approved, int sent, int queued, int reviewers, int perReviewer,
                         boolean onTrack, String track, Optional<RescoreRun> rescore, ExceptionCounts exceptions, Instant asOf) {
    }

    public Report report() {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var plan = backlog.plan();
        var from = startOf(today);
        var to = startOf(today.plusDays(1));
        var icp = stores.playbook().currentIcp();
        int queued = icp.map(v -> stores.plan().queued(today, v.version(), new IcpScorer(v.value()).icp().icp().minScore()))
                .orElse(0);
        int claimed = stores.plan().claimed(today);
        int reviewers = stores.plan().reviewers();
        var track = track(plan, claimed, queued, reviewers);
        return new Report(plan, claimed, stores.goals().count(GoalMetric.APPROVED, from, to),
                stores.goals().count(GoalMetric.SENT, from, to), queued, reviewers, settings.reviewsPerRepPerDay(),
                track.isEmpty(), track.orElse(""), stores.plan().latestRun(), stores.exceptions().counts(now), now);
    }

    /** Why the goal is not on track today, or empty when it is. */
    private Optional<String> track(DayPlan plan, int claimed, int queued, int reviewers) {
        if (plan.goal().isEmpty()) return Optional.of("no goal set");
        if (plan.budget() == 0) return Optional.empty();
        if (reviewers > 0 && plan.budget() > reviewers * settings.reviewsPerRepPerDay()) {
            return Optional.of("today's budget of " + plan.budget() + " needs more than the " + reviewers * settings.reviewsPerRepPerDay()
                    + " reviews " + reviewers + (reviewers == 1 ? " reviewer" : " reviewers") + " may get a day (GATEHOUSE_REVIEWS_PER_REP_PER_DAY)");
        }
        if (claimed + queued < plan.budget()) {
            return Optional.of("only " + (claimed + queued) + " qualifying accounts for today's budget of " + plan.budget()
                    + ": add signals or accounts, or widen the ICP");
        }
        return Optional.empty();
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
