package dev.gatehouse.engine.gate;

import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.time.Duration;

/**
 * Re-surfaces reviews left unanswered past a configurable age, at most once per age period, so
 * a draft never silently rots in a DM.
 */
public final class ReviewReminders {
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
        for (var touch : stores.touches().withStatus(TouchStatus.PENDING_REVIEW, 500)) {
            if (touch.createdAt().isAfter(now.minus(maxAge))) continue;
            if (stores.audit().recordedSince("touch.reminded", "touch", touch.id(), now.minus(maxAge))) continue;
            var item = stores.reviewItem(touch.id());
            if (item.isEmpty()) continue;
            notifier.remind(item.get());
            stores.audit().append("gatehouse", "touch.reminded", "touch", touch.id(), null, null,
                    "waiting since " + touch.createdAt());
            reminded++;
        }
        return reminded;
    }
}
