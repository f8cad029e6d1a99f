package dev.gatehouse.engine.followups;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The follow-up cadence: days after the first touch went out ({@code FOLLOWUP_DAYS=3,7,14}),
 * step 1 at the first number, step 2 at the second, and so on. Pure.
 */
public record FollowUpPlanner(List<Integer> days) {
    public static final String DEFAULT_DAYS = "3,7,14";

    public FollowUpPlanner {
        days = List.copyOf(days);
        int previous = 0;
        for (int d : days) {
            if (d <= previous) throw new IllegalArgumentException("follow-up days must be positive and increasing: " + days);
            previous = d;
        }
    }

    public record Step(int step, Instant dueAt) {
    }

    public static FollowUpPlanner fromEnv(Map<String, String> env) {
        var raw = env.getOrDefault("FOLLOWUP_DAYS", DEFAULT_DAYS).trim();
        if (raw.isEmpty() || raw.equalsIgnoreCase("off")) return new FollowUpPlanner(List.of());
        try {
            return new FollowUpPlanner(Arrays.stream(raw.split(",")).map(String::trim).map(Integer::parseInt).toList());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("FOLLOWUP_DAYS must be comma-separated whole days, e.g. 3,7,14: " + raw);
        }
    }

    public List<Step> plan(Instant firstSentAt) {
        var steps = new ArrayList<Step>();
        for (int i = 0; i < days.size(); i++) {
            steps.add(new Step(i + 1, firstSentAt.plus(Duration.ofDays(days.get(i)))));
        }
        return steps;
    }
}
