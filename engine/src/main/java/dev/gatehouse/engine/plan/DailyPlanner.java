package dev.gatehouse.engine.plan;

import dev.gatehouse.engine.playbook.Goal;
import dev.gatehouse.engine.playbook.GoalMetric;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the goals in force into today's budget of accounts to draft: the goal's remaining count
 * divided by what one first email yields (the team's own rates once it has sent enough, stated
 * priors before), spread over the business days left, divided by the share of drafts approved.
 * With several goals the one that needs the most work today sets the budget. Pure.
 */
public final class DailyPlanner {
    private final PlanSettings settings;

    public DailyPlanner(PlanSettings settings) {
        this.settings = settings;
    }

    /** @param achieved each goal's count so far in its period, by goal id */
    public DayPlan plan(List<Goal> goals, Map<Long, Integer> achieved, Observed observed, LocalDate today) {
        var rates = choose(observed);
        var plans = new ArrayList<DayPlan>();
        for (var goal : goals) {
            if (goal.metric() != GoalMetric.SIGNALS) plans.add(plan(goal, achieved.getOrDefault(goal.id(), 0), rates, today));
        }
        return plans.stream().max(Comparator.comparingInt(DayPlan::budget)).orElseGet(() -> new DayPlan(Optional.empty(), 0,
                rates, 0, 0, settings.budgetWithoutGoal(), "No goal set, so up to " + settings.budgetWithoutGoal()
                + " accounts a day are drafted (GATEHOUSE_DAILY_DRAFTS). Set one with `/goal 10 meetings this week`."));
    }

    DayPlan plan(Goal goal, int achieved, RateChoice choice, LocalDate today) {
        var r = choice.rates();
        int remaining = Math.max(0, goal.target() - achieved);
        int days = daysLeft(today, goal.end());
        var head = goal.target() + " " + goal.metric().noun(goal.target()) + " by " + goal.end() + ", " + achieved + " so far";
        if (remaining == 0) return new DayPlan(Optional.of(goal), achieved, choice, days, 0, 0, head + ": goal met, nothing more to draft for it.");
        if (goal.metric() == GoalMetric.DRAFTED) {
            int budget = ceil(remaining, days);
            return new DayPlan(Optional.of(goal), achieved, choice, days, (int) Math.round(budget * r.approval()), budget,
                    head + ": " + remaining + " more over " + days(days) + " = " + budget + " accounts to draft a day.");
        }
        double perEmail = switch (goal.metric()) {
            case REPLIES -> r.reply();
            case MEETINGS -> r.reply() * r.meeting();
            case OPPORTUNITIES -> r.reply() * r.meeting() * r.opportunity();
            default -> 1.0;
        };
        int emails = (int) Math.ceil(remaining / perEmail - 1e-9);
        int perDay = ceil(emails, days);
        int budget = (int) Math.ceil(perDay / r.approval() - 1e-9);
        var yield = perEmail == 1.0 ? "" : " ÷ " + percent(perEmail) + " per first email (" + chain(goal.metric(), r) + ") = "
                + emails + " first emails";
        return new DayPlan(Optional.of(goal), achieved, choice, days, perDay, budget, head + ": " + remaining + " more" + yield
                + " over " + days(days) + " = " + perDay + " first emails a day; at " + percent(r.approval())
                + " of drafts approved, " + budget + " accounts to draft a day.");
    }

    /** The team's own rates once it has sent {@code minFirstEmails} first emails in the window; stated priors before. */
    public RateChoice choose(Observed o) {
        var p = settings.priors();
        var window = "in the last " + settings.windowDays() + " days";
        if (o.firstEmails() < settings.minFirstEmails()) {
            return new RateChoice(p, false, "stated rates: " + o.firstEmails() + " first emails sent " + window + ", fewer than the "
                    + settings.minFirstEmails() + " the team's own rates need");
        }
        var kept = new ArrayList<String>();
        var rates = new FunnelRates(own(o.replied(), o.firstEmails(), p.reply(), "reply", kept),
                own(o.meetings(), o.replied(), p.meeting(), "reply→meeting", kept),
                own(o.opportunities(), o.meetings(), p.opportunity(), "meeting→opportunity", kept),
                own(o.approved(), o.decided(), p.approval(), "approval", kept));
        return new RateChoice(rates, true, "the team's own rates from " + o.firstEmails() + " first emails sent " + window
                + (kept.isEmpty() ? "" : " (stated " + String.join(", ", kept) + " rate kept: none observed yet)"));
    }

    private static double own(int hits, int of, double prior, String name, List<String> kept) {
        if (hits == 0 || of == 0) {
            kept.add(name);
            return prior;
        }
        return Math.min(1.0, (double) hits / of);
    }

    private static String chain(GoalMetric metric, FunnelRates r) {
        var reply = percent(r.reply()) + " reply";
        var meeting = percent(r.meeting()) + " reply→meeting";
        return switch (metric) {
            case MEETINGS -> reply + " × " + meeting;
            case OPPORTUNITIES -> reply + " × " + meeting + " × " + percent(r.opportunity()) + " meeting→opportunity";
            default -> reply;
        };
    }

    /** Business days from today to the end of the period, both inclusive; at least 1 while the goal is in force. */
    static int daysLeft(LocalDate today, LocalDate end) {
        int business = 0;
        int calendar = 0;
        for (var day = today; !day.isAfter(end); day = day.plusDays(1)) {
            calendar++;
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) business++;
        }
        return Math.max(1, business > 0 ? business : calendar);
    }

    private static int ceil(int amount, int days) {
        return (amount + days - 1) / days;
    }

    private static String days(int days) {
        return days + (days == 1 ? " business day" : " business days");
    }

    static String percent(double rate) {
        double p = rate * 100;
        return (p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%.1f", p)) + "%";
    }
}
