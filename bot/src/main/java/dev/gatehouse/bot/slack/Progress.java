package dev.gatehouse.bot.slack;

import dev.gatehouse.bot.render.HomeView;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.store.GoalStore;
import dev.gatehouse.engine.store.Stores;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where the pipeline stands: pending reviews, this week's funnel, goals and what today needs. Weeks are UTC, Monday first. */
final class Progress {
    private static final int PENDING_SCANNED = 500;

    private final Stores stores;
    private final GoalStore goals;

    Progress(Stores stores, GoalStore goals) {
        this.stores = stores;
        this.goals = goals;
    }

    static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    HomeView.Funnel funnel(Instant now) {
        var from = startOf(weekStart(today(now)));
        var to = from.plus(7, ChronoUnit.DAYS);
        return new HomeView.Funnel(goals.count(dev.gatehouse.engine.playbook.GoalMetric.SIGNALS, from, to), goals.count(dev.gatehouse.engine.playbook.GoalMetric.DRAFTED, from, to),
                goals.count(dev.gatehouse.engine.playbook.GoalMetric.APPROVED, from, to), goals.count(dev.gatehouse.engine.playbook.GoalMetric.SENT, from, to),
                goals.count(dev.gatehouse.engine.playbook.GoalMetric.REPLIES, from, to), goals.count(dev.gatehouse.engine.playbook.GoalMetric.MEETINGS, from, to));
    }

    record Standing(dev.gatehouse.engine.playbook.Goal goal, int current) {
        int remaining() {
            return Math.max(0, goal.target() - current);
        }
    }

    List<Standing> standings(Instant now) {
        return goals.active(today(now)).stream().map(g -> new Standing(g, goals.count(g.metric(), startOf(g.start()),
                startOf(g.end().plusDays(1))))).toList();
    }

    List<HomeView.GoalProgress> goalProgress(Instant now) {
        return standings(now).stream().map(s -> new HomeView.GoalProgress(s.goal().metric().wire() + " " + period(s.goal()),
                s.current(), s.goal().target())).toList();
    }

    /** One line per goal: how many more today keeps it on track, spread evenly over the days left. */
    List<String> todaysPlan(Instant now) {
        var today = today(now);
        var lines = new ArrayList<String>();
        for (var standing : standings(now)) {
            var goal = standing.goal();
            long daysLeft = ChronoUnit.DAYS.between(today, goal.end()) + 1;
            var metric = goal.metric().wire();
            if (standing.remaining() == 0) {
                lines.add(metric + ": goal of " + goal.target() + " reached (" + standing.current() + ") :tada:");
            } else {
                long perDay = (standing.remaining() + daysLeft - 1) / daysLeft;
                lines.add(metric + ": " + perDay + " more today to stay on track (" + standing.current() + " of "
                        + goal.target() + ", " + daysLeft + (daysLeft == 1 ? " day" : " days") + " left)");
            }
        }
        return lines;
    }

    /**
     * Touches waiting for a decision: those on accounts the person owns, or all of them for a
     * manager; each links to its review message when the workspace URL is known.
     */
    List<HomeView.PendingReview> pending(String userId, boolean everyone, Optional<String> workspaceUrl) {
        var out = new ArrayList<HomeView.PendingReview>();
        for (var touch : stores.touches().withStatus(TouchStatus.PENDING_REVIEW, PENDING_SCANNED)) {
            var account = stores.accounts().account(touch.accountId());
            if (account.isEmpty() || !(everyone || userId.equals(account.get().ownerSlackId()))) continue;
            var contact = stores.accounts().contact(touch.contactId());
            var name = contact.map(c -> (nonNull(c.firstName()) + " " + nonNull(c.lastName())).strip()).filter(n -> !n.isEmpty())
                    .or(() -> contact.map(c -> c.email())).orElse("unknown contact");
            var permalink = touch.slackMessage().flatMap(ref -> workspaceUrl.flatMap(base -> Permalinks.message(base, ref.channel(), ref.ts())));
            out.add(new HomeView.PendingReview(touch.id(), name, account.get().name(), touch.draft().subject(),
                    permalink.orElse(null), touch.createdAt()));
        }
        return out;
    }

    static String period(dev.gatehouse.engine.playbook.Goal goal) {
        return goal.start().equals(goal.end()) ? "on " + goal.start() : goal.start() + " to " + goal.end();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
