package dev.gatehouse.bot.render;

import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What one person's home tab shows; the lead fills it from the engine. */
public record HomeView(String userId, List<PendingReview> pending, List<GoalProgress> goals, Funnel funnel,
                       Map<ActionType, AutonomyLevel> autonomy, Instant asOf, String plan) {
    /** Without the day's plan (empty: no plan section). */
    public HomeView(String userId, List<PendingReview> pending, List<GoalProgress> goals, Funnel funnel,
                    Map<ActionType, AutonomyLevel> autonomy, Instant asOf) {
        this(userId, pending, goals, funnel, autonomy, asOf, "");
    }

    public HomeView {
        plan = Objects.requireNonNullElse(plan, "");
        Objects.requireNonNull(userId, "userId");
        pending = List.copyOf(Objects.requireNonNullElse(pending, List.of()));
        goals = List.copyOf(Objects.requireNonNullElse(goals, List.of()));
        funnel = Objects.requireNonNullElse(funnel, new Funnel(0, 0, 0, 0, 0, 0));
        autonomy = autonomy == null || autonomy.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(autonomy));
        Objects.requireNonNull(asOf, "asOf");
    }

    /** A touch waiting for this person; {@code permalink} to its review message, nullable. */
    public record PendingReview(long touchId, String contactName, String accountName, String subject,
                                String permalink, Instant createdAt) {
        public PendingReview {
            Objects.requireNonNull(contactName, "contactName");
            Objects.requireNonNull(accountName, "accountName");
            subject = Objects.requireNonNullElse(subject, "");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    public record GoalProgress(String name, long current, long target) {
        public GoalProgress {
            Objects.requireNonNull(name, "name");
            if (target <= 0) throw new IllegalArgumentException("target must be positive");
        }
    }

    /** Counts for the current week. */
    public record Funnel(int signals, int drafted, int approved, int sent, int replied, int meetings) {
    }
}
