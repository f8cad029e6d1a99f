package dev.gatehouse.engine;

import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.playbook.Goal;
import dev.gatehouse.engine.playbook.GoalMetric;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * Where the pipeline stands, read in one go for a screen: the home tab, {@code /pipeline}. Weeks
 * and goal periods are UTC days, weeks start on Monday.
 */
public final class Snapshots {
    private static final int WAITING_SHOWN = 5;
    private final Stores stores;
    private final Reviews reviews;
    private final Clock clock;

    Snapshots(Stores stores, Reviews reviews, Clock clock) {
        this.stores = stores;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** This week's counts, from the first signal to the meetings. */
    public record Funnel(int signals, int drafted, int approved, int sent, int replied, int meetings) {
    }

    /** A goal in force and how far it got. */
    public record Standing(Goal goal, int current) {
        public int remaining() {
            return Math.max(0, goal.target() - current);
        }
    }

    /** One person's home tab: what waits for them, the goals, this week, the autonomy in force. */
    public record Home(List<Reviews.Pending> pending, List<Standing> goals, Funnel week,
                       Map<ActionType, AutonomyLevel> autonomy, Instant asOf) {
    }

    /**
     * {@code /pipeline}: touches by status, the goals, this week, whether sending is paused, and the
     * accounts waiting for company data (created by signals for unknown domains; not scored until
     * it is added, see {@link dev.gatehouse.engine.accounts.Account#HOW_TO_ADD_COMPANY_DATA}).
     */
    public record PipelineReport(Map<TouchStatus, Integer> touches, List<Standing> goals, Funnel week, boolean sendingPaused,
                           Waiting waiting, Instant asOf) {
    }

    /** How many accounts wait for company data, and the domains of the newest few. */
    public record Waiting(int count, List<String> newest) {
        public Waiting {
            newest = List.copyOf(newest);
        }
    }

    /** @param everyone a manager sees every pending review, a rep those on the accounts they own */
    public Home home(String userId, boolean everyone) {
        var now = clock.instant();
        return new Home(reviews.pending(userId, everyone), standings(now), funnel(now), stores.playbook().autonomy(), now);
    }

    public PipelineReport pipeline() {
        var now = clock.instant();
        var waiting = stores.accounts().waitingForCompanyData(WAITING_SHOWN);
        return new PipelineReport(stores.touches().countByStatus(), standings(now), funnel(now),
                stores.playbook().sendingPaused(), new Waiting(waiting.count(), waiting.newest()), now);
    }

    public Funnel funnel(Instant now) {
        var from = startOf(weekStart(today(now)));
        var to = from.plus(7, ChronoUnit.DAYS);
        var goals = stores.goals();
        return new Funnel(goals.count(GoalMetric.SIGNALS, from, to), goals.count(GoalMetric.DRAFTED, from, to),
                goals.count(GoalMetric.APPROVED, from, to), goals.count(GoalMetric.SENT, from, to),
                goals.count(GoalMetric.REPLIES, from, to), goals.count(GoalMetric.MEETINGS, from, to));
    }

    /** The goals in force today (per metric, the newest), each with its count over its period. */
    public List<Standing> standings(Instant now) {
        var goals = stores.goals();
        return goals.active(today(now)).stream().map(g -> new Standing(g, goals.count(g.metric(), startOf(g.start()),
                startOf(g.end().plusDays(1))))).toList();
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
