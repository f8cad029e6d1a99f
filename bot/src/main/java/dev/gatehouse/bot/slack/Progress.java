package dev.gatehouse.bot.slack;

import dev.gatehouse.bot.render.HomeView;
import dev.gatehouse.engine.Reviews;
import dev.gatehouse.engine.Snapshots;
import dev.gatehouse.engine.playbook.Goal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The engine's snapshots as the home tab and /pipeline show them: goals, this week's funnel, what today needs. */
final class Progress {
    private Progress() {
    }

    static LocalDate today(Instant now) {
        return Snapshots.today(now);
    }

    /** Weeks start on Monday. */
    static LocalDate weekStart(LocalDate day) {
        return Snapshots.weekStart(day);
    }

    static HomeView.Funnel funnel(Snapshots.Funnel f) {
        return new HomeView.Funnel(f.signals(), f.drafted(), f.approved(), f.sent(), f.replied(), f.meetings());
    }

    static List<HomeView.GoalProgress> goalProgress(List<Snapshots.Standing> standings) {
        return standings.stream().map(s -> new HomeView.GoalProgress(s.goal().metric().wire() + " " + period(s.goal()),
                s.current(), s.goal().target())).toList();
    }

    /** One line per goal: how many more today keeps it on track, spread evenly over the days left. */
    static List<String> todaysPlan(List<Snapshots.Standing> standings, Instant now) {
        var today = today(now);
        var lines = new ArrayList<String>();
        for (var standing : standings) {
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

    /** Touches waiting for a decision, each linked to its review message when the workspace URL is known. */
    static List<HomeView.PendingReview> pending(List<Reviews.Pending> pending, Optional<String> workspaceUrl) {
        return pending.stream().map(p -> new HomeView.PendingReview(p.touchId(), p.contactName(), p.accountName(),
                p.subject(), p.posted().flatMap(ref -> workspaceUrl.flatMap(base -> Permalinks.message(base, ref.channel(),
                        ref.ts()))).orElse(null), p.createdAt())).toList();
    }

    static String period(Goal goal) {
        return goal.start().equals(goal.end()) ? "on " + goal.start() : goal.start() + " to " + goal.end();
    }
}
