package dev.gatehouse.engine.review;

import java.util.Optional;
import dev.gatehouse.engine.gate.ReviewMessage;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.store.Fixtures;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewRemindersTest {
    private Stores stores;
    private final List<Long> reminded = new ArrayList<>();
    private final ReviewNotifier notifier = new ReviewNotifier() {
        public Optional<ReviewMessage> reviewReady(ReviewItem item) {
            return Optional.empty();
        }

        public Optional<ReviewMessage> reviewUpdated(ReviewItem item) {
            return Optional.empty();
        }

        public Optional<ReviewMessage> remind(ReviewItem item) {
            reminded.add(item.touchId());
            return Optional.empty();
        }
    };

    @BeforeEach
    void setUp() {
        stores = TestDatabase.freshStores();
    }

    private ReviewReminders at(Instant now) {
        return new ReviewReminders(stores, notifier, Duration.ofHours(24), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void a_review_older_than_the_age_is_resurfaced_once_per_period() {
        var touch = new Fixtures(stores).pendingTouch().touchId();
        TestDatabase.execute("update touches set created_at = now() - interval '25 hours' where id = ?", touch);

        at(Instant.now()).run();
        at(Instant.now().plus(Duration.ofHours(1))).run();

        assertThat(reminded).containsExactly(touch);
    }

    @Test
    void a_fresh_review_is_left_alone() {
        new Fixtures(stores).pendingTouch();

        var count = at(Instant.now().plus(Duration.ofHours(2))).run();

        assertThat(count).isZero();
        assertThat(reminded).isEmpty();
    }

    @Test
    void the_period_is_measured_on_the_engine_clock_even_when_it_runs_ahead_of_the_database() {
        var touch = new Fixtures(stores).pendingTouch().touchId();

        at(Instant.now().plus(Duration.ofHours(25))).run();
        var second = at(Instant.now().plus(Duration.ofHours(26))).run();
        var nextPeriod = at(Instant.now().plus(Duration.ofHours(50))).run();

        assertThat(second).isZero();
        assertThat(nextPeriod).isOne();
        assertThat(reminded).containsExactly(touch, touch);
    }
}
