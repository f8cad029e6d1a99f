package dev.gatehouse.engine.review;

import dev.gatehouse.engine.exceptions.ExceptionCounts;
import dev.gatehouse.engine.exceptions.ExceptionItem;
import dev.gatehouse.engine.exceptions.ExceptionKind;
import dev.gatehouse.engine.exceptions.ExceptionState;
import dev.gatehouse.engine.followups.MutableClock;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewMessage;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.store.Fixtures;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The exceptions queue on a real PostgreSQL: one item per subject, each move made once and audited. */
class ExceptionQueueTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-16T09:00:00Z"));
    private final Stores stores = TestDatabase.freshStores();
    private final Fixtures.Seeded seeded = new Fixtures(stores).pendingTouch();
    private final List<ExceptionItem> raised = new CopyOnWriteArrayList<>();
    private final List<ExceptionItem> updated = new CopyOnWriteArrayList<>();
    private final ExceptionQueue queue = new ExceptionQueue(stores, new ReviewNotifier() {
        public Optional<ReviewMessage> reviewReady(ReviewItem item) {
            return Optional.empty();
        }

        public Optional<ReviewMessage> reviewUpdated(ReviewItem item) {
            return Optional.empty();
        }

        public Optional<ReviewMessage> exceptionRaised(ExceptionItem item) {
            raised.add(item);
            return Optional.empty();
        }

        public void exceptionUpdated(ExceptionItem item) {
            updated.add(item);
        }
    }, clock);

    private ExceptionItem raise() {
        return queue.raise(ExceptionKind.NO_CONTACT, "account", Long.toString(seeded.accountId()), seeded.accountId(),
                "U0REP", "Northwind scores 80 but has no contact to write to").orElseThrow();
    }

    private List<String> audited(long id) {
        return stores.audit().forSubject("exception", id).stream().map(e -> e.action()).toList();
    }

    @Test
    void an_item_is_queued_and_posted_once_per_subject() {
        var item = raise();

        var again = queue.raise(ExceptionKind.NO_CONTACT, "account", Long.toString(seeded.accountId()), seeded.accountId(),
                "U0REP", "the same again");

        assertThat(again).isEmpty();
        assertThat(raised).extracting(ExceptionItem::id).containsExactly(item.id());
        assertThat(queue.counts()).isEqualTo(new ExceptionCounts(1, 0, 0));
    }

    @Test
    void assign_to_me_clicked_twice_assigns_once_and_audits_once() {
        var item = raise();

        var first = queue.assign(item.id(), "U0REP");
        var second = queue.assign(item.id(), "U0REP");

        assertThat(first).isInstanceOfSatisfying(ExceptionQueue.Outcome.Changed.class, c -> {
            assertThat(c.item().state()).isEqualTo(ExceptionState.ASSIGNED);
            assertThat(c.item().assignee()).isEqualTo("U0REP");
        });
        assertThat(second).isInstanceOf(ExceptionQueue.Outcome.Unchanged.class);
        assertThat(audited(item.id())).containsExactly("exception.assign");
        assertThat(updated).hasSize(1);
        assertThat(queue.counts()).isEqualTo(new ExceptionCounts(0, 1, 0));
    }

    @Test
    void a_snoozed_item_is_out_of_the_open_count_for_a_day_then_counts_again() {
        var item = raise();

        queue.snooze(item.id(), "U0REP");

        assertThat(queue.item(item.id()).orElseThrow().state()).isEqualTo(ExceptionState.SNOOZED);
        assertThat(queue.counts()).isEqualTo(new ExceptionCounts(0, 0, 1));
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(queue.counts()).isEqualTo(new ExceptionCounts(1, 0, 0));
        assertThat(audited(item.id())).containsExactly("exception.snooze");
    }

    @Test
    void dismissed_with_a_reason_it_stays_dismissed_and_later_clicks_change_nothing() {
        var item = raise();
        queue.assign(item.id(), "U0REP");

        queue.dismiss(item.id(), "U0MGR", "we do not sell to them any more");
        var late = queue.assign(item.id(), "U0REP2");

        assertThat(late).isInstanceOf(ExceptionQueue.Outcome.Unchanged.class);
        var stored = queue.item(item.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(ExceptionState.DISMISSED);
        assertThat(stored.dismissReason()).isEqualTo("we do not sell to them any more");
        assertThat(stores.audit().forSubject("exception", item.id())).extracting(e -> e.action() + " by " + e.actor())
                .containsExactly("exception.assign by U0REP", "exception.dismiss by U0MGR");
        assertThat(queue.counts()).isEqualTo(new ExceptionCounts(0, 0, 0));
    }
}
