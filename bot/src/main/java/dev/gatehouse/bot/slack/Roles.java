package dev.gatehouse.bot.slack;

import java.util.Set;
import java.util.function.Function;

/**
 * Who may do what. Managers set direction (ICP, offer, autonomy, goals, the kill switch) and may
 * also review; reps review. An empty rep list lets every workspace member review. Either list
 * may name Slack user groups ({@code S…} ids) as well as users; a group's members are looked up
 * through {@code groupMembers} (cached by the caller).
 */
public record Roles(Set<String> managers, Set<String> reps, Function<String, Set<String>> groupMembers) {
    public Roles {
        managers = Set.copyOf(managers);
        reps = Set.copyOf(reps);
    }

    public Roles(Set<String> managers, Set<String> reps) {
        this(managers, reps, group -> Set.of());
    }

    public boolean isManager(String userId) {
        return includes(managers, userId);
    }

    public boolean mayReview(String userId) {
        return isManager(userId) || reps.isEmpty() || includes(reps, userId);
    }

    private boolean includes(Set<String> ids, String userId) {
        if (ids.contains(userId)) return true;
        return ids.stream().filter(id -> id.startsWith("S")).anyMatch(group -> groupMembers.apply(group).contains(userId));
    }
}
