package dev.gatehouse.bot.slack;

import java.util.Set;

/**
 * Who may do what. Managers set direction (ICP, offer, autonomy, goals, the kill switch) and may
 * also review; reps review. An empty rep list lets every workspace member review.
 */
public record Roles(Set<String> managers, Set<String> reps) {
    public Roles {
        managers = Set.copyOf(managers);
        reps = Set.copyOf(reps);
    }

    public boolean isManager(String userId) {
        return managers.contains(userId);
    }

    public boolean mayReview(String userId) {
        return isManager(userId) || reps.isEmpty() || reps.contains(userId);
    }
}
