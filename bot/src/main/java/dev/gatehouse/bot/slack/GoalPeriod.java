package dev.gatehouse.bot.slack;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** The days a goal covers, from the words after {@code /goal 10 meetings}; this week when none. */
record GoalPeriod(LocalDate start, LocalDate end) {
    static final String HINT = "`today`, `this week`, `next week` or `this month`";

    static Optional<GoalPeriod> parse(String words, LocalDate today) {
        var w = words == null ? "this week" : words.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        var monday = Progress.weekStart(today);
        return switch (w) {
            case "today" -> Optional.of(new GoalPeriod(today, today));
            case "this week", "week", "a week", "per week" -> Optional.of(new GoalPeriod(monday, monday.plusDays(6)));
            case "next week" -> Optional.of(new GoalPeriod(monday.plusDays(7), monday.plusDays(13)));
            case "this month", "month", "a month", "per month" -> Optional.of(new GoalPeriod(today.withDayOfMonth(1),
                    today.with(TemporalAdjusters.lastDayOfMonth())));
            default -> Optional.empty();
        };
    }
}
