package dev.gatehouse.engine.review;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.ExceptionEvent;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * Posts what a person must see once and that Gatehouse recorded before posting: a supervised email
 * sampled for review, and an item of the exceptions queue (again, when its snooze ends). Each post
 * is claimed in the database first (a lease of {@link #LEASE}), so two instances, or the sweep and
 * the pipeline, post it once; it counts as posted when its message is recorded. What was recorded
 * but not posted — the process stopped in between, or Slack refused — is posted by {@link #run},
 * which the periodic sweep and each start call: a claim left by a stopped process runs out, one
 * Slack refused is given back at once.
 */
public final class PendingPosts {
    private static final Logger log = LoggerFactory.getLogger(PendingPosts.class);
    /** How long a claim keeps others off: far longer than one post takes, Slack's retries included. */
    public static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 100;

    private final Stores stores;
    private final ReviewNotifier notifier;
    private final Clock clock;

    public PendingPosts(Stores stores, ReviewNotifier notifier, Clock clock) {
        this.stores = stores;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Posts a sampled touch's review message unless it is posted or being posted; true when this call posted it. */
    public boolean postSample(long touchId) {
        if (!stores.samples().claimPost(touchId, clock.instant(), LEASE)) return false;
        var posted = stores.reviewItem(touchId).flatMap(notifier::reviewReady);
        if (posted.isEmpty()) stores.samples().releasePost(touchId);
        return posted.isPresent();
    }

    /** Posts a live item of the exceptions queue unless it is posted or being posted; true when this call posted it. */
    public boolean postException(long id) {
        if (!stores.exceptions().claimPost(id, clock.instant(), LEASE)) return false;
        var posted = stores.exceptions().find(id).flatMap(notifier::exceptionRaised);
        if (posted.isEmpty()) stores.exceptions().releasePost(id);
        return posted.isPresent();
    }

    /** Ends the snoozes that are over, then posts what is still unposted; answers how many it posted. */
    public int run() {
        var now = clock.instant();
        var woken = stores.inTransaction(s -> {
            var items = s.exceptions().wake(now, Actor.GATEHOUSE.wire());
            for (var item : items) s.audit().append(new ExceptionEvent.SnoozeEnded(item.id(), now));
            return items.size();
        });
        if (woken > 0) log.info("{} snoozed item(s) of the exceptions queue are open again", woken);
        int posted = 0;
        for (var touchId : stores.samples().unposted(now, LEASE, BATCH)) {
            if (postSample(touchId)) posted++;
        }
        for (var id : stores.exceptions().unposted(now, LEASE, BATCH)) {
            if (postException(id)) posted++;
        }
        return posted;
    }
}
