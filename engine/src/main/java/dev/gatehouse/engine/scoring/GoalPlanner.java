package dev.gatehouse.engine.scoring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a goal into new accounts to work per remaining business day (Monday–Friday): the
 * remaining target divided by the expected yield of one contacted account, spread evenly and
 * capped per day. Pure.
 */
public final class GoalPlanner {
    private final Settings settings;

    public GoalPlanner(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param dailyCap         new accounts per day at most, e.g. what the mailboxes may send
     * @param defaultReplyRate contacted→replied until {@code minContacted} accounts were contacted
     * @param defaultMeetingRate replied→meeting until {@code minReplies} replies came in
     */
    public record Settings(int dailyCap, double defaultReplyRate, double defaultMeetingRate, int minContacted,
                           int minReplies) {
        /** Cold outbound benchmarks: about 5 % reply, about a third of replies become meetings. */
        public static final Settings DEFAULTS = new Settings(50, 0.05, 0.3, 100, 15);

        public Settings {
            if (dailyCap <= 0) throw new IllegalArgumentException("dailyCap must be positive");
            if (defaultReplyRate <= 0 || defaultReplyRate > 1 || defaultMeetingRate <= 0 || defaultMeetingRate > 1) {
                throw new IllegalArgumentException("default rates must be within (0, 1]");
            }
            if (minContacted < 1 || minReplies < 1) throw new IllegalArgumentException("minimums must be >= 1");
        }

        public Settings withDailyCap(int cap) {
            return new Settings(cap, defaultReplyRate, defaultMeetingRate, minContacted, minReplies);
        }
    }

    /**
     * @param achieved what the period produced so far
     * @param today    the first day that can still be planned
     */
    public GoalPlan plan(Goal goal, int achieved, FunnelRates observed, LocalDate today) {
        Objects.requireNonNull(observed, "observed");
        int remaining = Math.max(0, goal.target() - achieved);
        var label = goal.metric().label();
        if (remaining == 0) {
            return new GoalPlan(goal, List.of(), true, 0, 0,
                    "Goal met: " + achieved + " of " + goal.target() + " " + label + ".");
        }
        var days = businessDays(today.isAfter(goal.periodStart()) ? today : goal.periodStart(), goal.periodEnd());
        var yield = new Yield(goal.metric(), observed, settings);
        if (days.isEmpty() || yield.perAccount() == 0) {
            var why = days.isEmpty() ? "no business days left in the period"
                    : "the observed rates (" + yield.describe() + ") give no " + label;
            return new GoalPlan(goal, List.of(), false, 0, 0,
                    "Unreachable: " + remaining + " more " + label + " needed but " + why + ".");
        }
        int needed = (int) Math.ceil(remaining / yield.perAccount() - 1e-9);
        int capacity = settings.dailyCap() * days.size();
        boolean reachable = needed <= capacity;
        int toPlan = Math.min(needed, capacity);
        var basis = remaining + " more " + label + " ÷ " + percent(yield.perAccount()) + " per account ("
                + yield.describe() + ") = " + needed + " accounts over " + days.size() + " business day"
                + (days.size() == 1 ? "" : "s");
        var plans = new ArrayList<DailyPlan>(days.size());
        for (int i = 0; i < days.size(); i++) {
            int count = toPlan / days.size() + (i < toPlan % days.size() ? 1 : 0);
            var capped = reachable ? "" : ", at the daily cap of " + settings.dailyCap();
            plans.add(new DailyPlan(days.get(i), count, "Work " + count + " new accounts" + capped + ": " + basis + "."));
        }
        double expected = toPlan * yield.perAccount();
        var summary = reachable
                ? "On track if " + needed + " new accounts are worked: " + basis + "."
                : "Unreachable within the daily cap of " + settings.dailyCap() + ": " + basis + ", but only "
                + capacity + " fit, which is expected to give about " + Points.oneDecimal(expected) + " " + label
                + ". Raise the cap, extend the period or lower the target.";
        return new GoalPlan(goal, plans, reachable, needed, expected, summary);
    }

    static List<LocalDate> businessDays(LocalDate from, LocalDate to) {
        var days = new ArrayList<LocalDate>();
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) days.add(day);
        }
        return days;
    }

    private static String percent(double rate) {
        return Points.oneDecimal(rate * 100) + "%";
    }

    /** The expected number of the goal's metric that one contacted account yields. */
    private record Yield(Goal.Metric metric, double replyRate, boolean replyObserved, double meetingRate,
                         boolean meetingObserved) {
        Yield(Goal.Metric metric, FunnelRates observed, Settings settings) {
            this(metric,
                    observed.contacted() >= settings.minContacted() ? observed.replyRate() : settings.defaultReplyRate(),
                    observed.contacted() >= settings.minContacted(),
                    observed.replied() >= settings.minReplies() ? observed.meetingRate() : settings.defaultMeetingRate(),
                    observed.replied() >= settings.minReplies());
        }

        double perAccount() {
            return switch (metric) {
                case ACCOUNTS_CONTACTED -> 1.0;
                case REPLIES -> replyRate;
                case MEETINGS -> replyRate * meetingRate;
            };
        }

        String describe() {
            var reply = percent(replyRate) + " reply " + (replyObserved ? "observed" : "default");
            var meeting = percent(meetingRate) + " reply→meeting " + (meetingObserved ? "observed" : "default");
            return switch (metric) {
                case ACCOUNTS_CONTACTED -> "every contacted account counts";
                case REPLIES -> reply;
                case MEETINGS -> reply + " × " + meeting;
            };
        }
    }
}
