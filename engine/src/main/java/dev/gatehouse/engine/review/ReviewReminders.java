package dev.gatehouse.engine.review;

import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Re-surfaces reviews left unanswered past a configurable age, at most once per age period, so
 * a draft never silently rots in a DM. When a reminder went out is stored as the engine clock saw
 * it (in the audit entry's after-state), not the database's time: the period is measured on one
 * clock, whatever the skew between the two.
 */
public final class ReviewReminders {
    private static final String REMINDED_AT = "reminded_at";
    private final Stores stores;
    private final ReviewNotifier notifier;
    private final Duration maxAge;
    private final Clock clock;

    public ReviewReminders(Stores stores, ReviewNotifier notifier, Duration maxAge, Clock clock) {
        this.stores = stores;
        this.notifier = notifier;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** Returns how many reviews were re-surfaced. */
    public int run() {
        var now = clock.instant();
        int reminded = 0;
        var lastReminders = stores.audit().latestPerSubject("touch.reminded", "touch");
        for (var touch : stores.touches().withStatus(TouchStatus.PENDING_REVIEW, 500)) {
            if (touch.createdAt().isAfter(now.minus(maxAge))) continue;
            var last = Optional.ofNullable(lastReminders.get(String.valueOf(touch.id())))
                    .map(e -> remindedAt(e.after()).orElse(e.at()));
            if (last.filter(at -> at.isAfter(now.minus(maxAge))).isPresent()) continue;
            var item = stores.reviewItem(touch.id());
            if (item.isEmpty()) continue;
            notifier.remind(item.get());
            stores.audit().append("gatehouse", "touch.reminded", "touch", touch.id(), null,
                    Map.of(REMINDED_AT, now.toString()), "waiting since " + touch.createdAt());
            reminded++;
        }
        return reminded;
    }

    private static Optional<Instant> remindedAt(String after) {
        if (after == null) return Optional.empty();
        try {
            var at = Json.mapper().readTree(after).path(REMINDED_AT);
            return at.isTextual() ? Optional.of(Instant.parse(at.asText())) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
