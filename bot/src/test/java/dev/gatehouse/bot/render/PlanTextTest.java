package dev.gatehouse.bot.render;

import dev.gatehouse.engine.Plans;
import dev.gatehouse.engine.exceptions.ExceptionCounts;
import dev.gatehouse.engine.plan.DayPlan;
import dev.gatehouse.engine.plan.FunnelRates;
import dev.gatehouse.engine.plan.RateChoice;
import dev.gatehouse.engine.plan.RescoreRun;
import dev.gatehouse.engine.playbook.Goal;
import dev.gatehouse.engine.playbook.GoalMetric;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The day's plan in plain words, exactly as /pipeline, the Home tab and /pipeline share print it. */
class PlanTextTest {
    private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");
    private static final Goal GOAL = new Goal(1, GoalMetric.MEETINGS, 10, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 20), "U0MGR");
    private static final RateChoice STATED = new RateChoice(new FunnelRates(0.05, 0.3, 0.5, 0.8), false,
            "stated rates: 12 first emails sent in the last 28 days, fewer than the 30 the team's own rates need");

    private static final ExceptionCounts NONE = new ExceptionCounts(0, 0, 0);

    private static Plans.Report report(DayPlan plan, int queued, boolean onTrack, String track, Optional<RescoreRun> rescore) {
        return report(plan, queued, onTrack, track, rescore, NONE);
    }

    private static Plans.Report report(DayPlan plan, int queued, boolean onTrack, String track, Optional<RescoreRun> rescore,
                                       ExceptionCounts exceptions) {
        return new Plans.Report(plan, 7, 3, 2, queued, 2, 25, onTrack, track, rescore, exceptions, NOW);
    }

    @Test
    void what_needs_a_person_is_counted_in_the_plan() {
        var plan = new DayPlan(Optional.of(GOAL), 1, STATED, 5, 40, 50, "basis");

        var text = PlanText.render(report(plan, 3, true, "", Optional.empty(), new ExceptionCounts(4, 1, 2)));

        assertThat(text).contains("\n*Needs a person* 4 open · 1 assigned · 2 snoozed (no contact, blocked after rewrites, unsure replies)");
        assertThat(PlanText.render(report(plan, 3, true, "", Optional.empty()))).doesNotContain("Needs a person");
    }

    @Test
    void a_goal_on_track_reads_as_a_sentence_with_its_rates_budget_and_queue() {
        var plan = new DayPlan(Optional.of(GOAL), 1, STATED, 5, 40, 50, "10 meetings by 2026-11-20, 1 so far: 9 more …");

        var text = PlanText.render(report(plan, 1234, true, "", Optional.empty()));

        assertThat(text).isEqualTo("""
                *Today's plan*
                10 meetings by 2026-11-20, 1 so far: 9 more …
                Assumes 5% reply, 30% reply→meeting, 50% meeting→opportunity, 80% of drafts approved — stated rates: \
                12 first emails sent in the last 28 days, fewer than the 30 the team's own rates need.
                *Budget today* 50 accounts · drafted 7 · approved 3 · sent 2 · queued 1,234 accounts in the backlog, best score first
                Review room: 2 reviewers × 25 a day, owners first
                :white_check_mark: On track.""");
    }

    @Test
    void behind_says_why_and_a_running_rescore_shows_its_progress() {
        var plan = new DayPlan(Optional.of(GOAL), 0, STATED, 5, 40, 50, "basis");
        var run = new RescoreRun(4, "ICP version 3 saved by U0MGR", 100_000, 42_000, NOW, Optional.empty());

        var text = PlanText.render(report(plan, 10, false, "only 17 qualifying accounts for today's budget of 50", Optional.of(run)));

        assertThat(text).contains(":warning: Not on track: only 17 qualifying accounts for today's budget of 50.")
                .contains(":hourglass_flowing_sand: Re-scoring: 42,000 of 100,000 accounts (ICP version 3 saved by U0MGR), started ");
    }

    @Test
    void the_home_tab_shows_the_plan_under_the_goals() {
        var home = new HomeView("U0REP", java.util.List.of(), java.util.List.of(), null, java.util.Map.of(), NOW,
                "*Today's plan*\nNo goal set");

        var view = new HomeTabRenderer().render(home);

        assertThat(Inspect.json(view.getBlocks())).contains("*Today's plan*\\nNo goal set");
    }

    @Test
    void without_a_goal_it_says_so_and_shows_no_rates_or_track() {
        var plan = new DayPlan(Optional.empty(), 0, STATED, 0, 0, 40, "No goal set, so up to 40 accounts a day are drafted.");
        var finished = new RescoreRun(4, "import", 10, 10, NOW, Optional.of(NOW));

        var text = PlanText.render(report(plan, 0, false, "no goal set", Optional.of(finished)));

        assertThat(text).contains("No goal set", "*Budget today* 40 accounts").doesNotContain("Assumes", "track", "Re-scoring");
    }
}
