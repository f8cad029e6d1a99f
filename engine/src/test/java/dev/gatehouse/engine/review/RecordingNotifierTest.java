package dev.gatehouse.engine.review;

import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewMessage;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.store.Fixtures;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a review message went is kept on its touch, so later items know which message to update. */
class RecordingNotifierTest {
    private final Stores stores = TestDatabase.freshStores();
    private final Fixtures.Seeded seeded = new Fixtures(stores).pendingTouch();
    private final List<ReviewItem> updated = new ArrayList<>();
    private final ReviewNotifier host = new ReviewNotifier() {
        public Optional<ReviewMessage> reviewReady(ReviewItem item) {
            return Optional.of(new ReviewMessage("C0REVIEWS", "1700000000.000100"));
        }

        public Optional<ReviewMessage> reviewUpdated(ReviewItem item) {
            updated.add(item);
            return Optional.empty();
        }
    };

    @Test
    void a_posted_review_message_is_recorded_and_the_next_item_carries_it() {
        var notifier = new RecordingNotifier(host, stores);

        notifier.reviewReady(stores.reviewItem(seeded.touchId()).orElseThrow());
        notifier.reviewUpdated(stores.reviewItem(seeded.touchId()).orElseThrow());

        assertThat(updated).singleElement().satisfies(item ->
                assertThat(item.posted()).contains(new ReviewMessage("C0REVIEWS", "1700000000.000100")));
    }
}
