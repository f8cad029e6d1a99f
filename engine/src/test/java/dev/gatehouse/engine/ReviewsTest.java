package dev.gatehouse.engine;

import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.gate.SendScheduler;
import dev.gatehouse.engine.review.ReviewService;
import dev.gatehouse.engine.store.Fixtures;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import dev.gatehouse.engine.verify.Verification;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What waits for whom: a rep sees the reviews on the accounts they own, a manager all of them. */
class ReviewsTest {
    private final Stores stores = TestDatabase.freshStores();
    private final Fixtures.Seeded seeded = new Fixtures(stores).pendingTouch();
    private final Reviews reviews = new Reviews(stores, new ReviewService(stores, (id, s, b) -> new Verification.Passed(),
            new SendScheduler() {
                public Instant firstSlot(Contact contact, Instant now) {
                    return now;
                }

                public void scheduleSend(long outboxId, Instant at) {
                }
            }, ReviewNotifier.NONE, Clock.systemUTC(), "Ari <ari@gatehouse.example>"));

    @Test
    void the_owner_and_managers_see_a_pending_review_and_other_reps_do_not() {
        assertThat(reviews.pending("U0REP", false)).singleElement().satisfies(p -> {
            assertThat(p.touchId()).isEqualTo(seeded.touchId());
            assertThat(p.contactName()).isEqualTo("Dana Keller");
            assertThat(p.accountName()).isEqualTo("Northwind Freight");
            assertThat(p.posted()).isEmpty();
        });
        assertThat(reviews.pending("U0OTHER", false)).isEmpty();
        assertThat(reviews.pending("U0MGR", true)).hasSize(1);
    }

    @Test
    void an_approved_review_no_longer_waits() {
        reviews.approve(seeded.touchId(), "U0REP");

        assertThat(reviews.pending("U0REP", false)).isEmpty();
        assertThat(reviews.item(seeded.touchId()).orElseThrow().awaitsDecision()).isFalse();
    }
}
