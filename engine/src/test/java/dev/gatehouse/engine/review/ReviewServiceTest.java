package dev.gatehouse.engine.review;

import dev.gatehouse.engine.delivery.OutboxStatus;
import java.util.Optional;
import dev.gatehouse.engine.gate.ReviewMessage;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.gate.SendScheduler;
import dev.gatehouse.engine.gate.ReviewOutcome;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.RejectReason;
import dev.gatehouse.engine.gate.Decision;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.store.Fixtures;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import dev.gatehouse.engine.verify.Problem;
import dev.gatehouse.engine.verify.Verification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");

    private Stores stores;
    private Fixtures.Seeded seeded;
    private final List<Long> scheduled = new CopyOnWriteArrayList<>();
    private final List<ReviewItem> updates = new CopyOnWriteArrayList<>();
    private Verification recheck = new Verification.Passed();
    private ReviewService review;

    @BeforeEach
    void setUp() {
        stores = TestDatabase.freshStores();
        seeded = new Fixtures(stores).pendingTouch();
        var sends = new SendScheduler() {
            public Instant firstSlot(Contact contact, Instant now) {
                return now.plusSeconds(60);
            }

            public void scheduleSend(long outboxId, Instant at) {
                scheduled.add(outboxId);
            }
        };
        var notifier = new ReviewNotifier() {
            public Optional<ReviewMessage> reviewReady(ReviewItem item) {
                return Optional.empty();
            }

            public Optional<ReviewMessage> reviewUpdated(ReviewItem item) {
                updates.add(item);
                return Optional.empty();
            }
        };
        review = new ReviewService(stores, (id, subject, body) -> recheck, sends, notifier,
                Clock.fixed(NOW, ZoneOffset.UTC), "Ari <ari@gatehouse.example>");
    }

    @Test
    void approve_queues_one_outbox_row_with_a_fixed_message_id() {
        var outcome = review.approve(seeded.touchId(), "U0REP");

        assertThat(outcome).isInstanceOf(ReviewOutcome.Done.class);
        var message = stores.outbox().forTouch(seeded.touchId()).orElseThrow();
        assertThat(message.to()).isEqualTo("dana@northwind.example");
        assertThat(message.toName()).isEqualTo("Dana Keller");
        assertThat(message.messageId()).matches("<[a-z2-7]{26}@gatehouse\\.example>");
        assertThat(message.notBefore()).isEqualTo(NOW.plusSeconds(60));
        assertThat(scheduled).containsExactly(message.id());
    }

    @Test
    void approve_twice_queues_once() {
        review.approve(seeded.touchId(), "U0REP");
        var second = review.approve(seeded.touchId(), "U0OTHER");

        assertThat(second).isInstanceOf(ReviewOutcome.AlreadyDecided.class);
        assertThat(scheduled).hasSize(1);
        assertThat(((ReviewOutcome.AlreadyDecided) second).item().decision())
                .isInstanceOfSatisfying(Decision.Approved.class, d -> assertThat(d.actor()).isEqualTo("U0REP"));
    }

    @Test
    void concurrent_approvals_produce_exactly_one() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        var outcomes = new CopyOnWriteArrayList<ReviewOutcome>();
        for (int i = 0; i < 16; i++) {
            var actor = "U" + i;
            pool.submit(() -> outcomes.add(review.approve(seeded.touchId(), actor)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(outcomes).hasSize(16);
        assertThat(outcomes).filteredOn(o -> o instanceof ReviewOutcome.Done).hasSize(1);
        assertThat(scheduled).hasSize(1);
    }

    @Test
    void reject_records_the_reason_and_blocks_a_later_approve() {
        review.reject(seeded.touchId(), "U0REP", RejectReason.BAD_TIMING, "they just had layoffs");

        assertThat(review.approve(seeded.touchId(), "U0REP")).isInstanceOf(ReviewOutcome.AlreadyDecided.class);
        assertThat(stores.outbox().forTouch(seeded.touchId())).isEmpty();
        assertThat(stores.decisions().rejectionFeedback(seeded.contactId(), 5))
                .containsExactly("A reviewer rejected an earlier draft: Bad timing — they just had layoffs");
    }

    @Test
    void undo_before_the_send_cancels_the_outbox_row() {
        review.approve(seeded.touchId(), "U0REP");

        var outcome = review.undo(seeded.touchId(), "U0REP");

        assertThat(outcome).isInstanceOf(ReviewOutcome.Done.class);
        assertThat(stores.outbox().forTouch(seeded.touchId()).orElseThrow().status()).isEqualTo(OutboxStatus.CANCELLED);
        assertThat(stores.touches().find(seeded.touchId()).orElseThrow().status()).isEqualTo(TouchStatus.PENDING_REVIEW);
    }

    @Test
    void an_undone_approval_puts_the_touch_back_in_front_of_a_person() {
        review.approve(seeded.touchId(), "U0REP");

        var outcome = (ReviewOutcome.Done) review.undo(seeded.touchId(), "U0BOSS");

        assertThat(outcome.item().awaitsDecision()).isTrue();
        assertThat(outcome.item().decision()).isInstanceOfSatisfying(Decision.Undone.class,
                d -> assertThat(d.actor()).isEqualTo("U0BOSS"));
        assertThat(updates.getLast().awaitsDecision()).isTrue();
    }

    @Test
    void an_approved_touch_awaits_no_decision() {
        var approved = (ReviewOutcome.Done) review.approve(seeded.touchId(), "U0REP");

        assertThat(approved.item().awaitsDecision()).isFalse();
    }

    @Test
    void a_rejected_touch_awaits_no_decision() {
        var rejected = (ReviewOutcome.Done) review.reject(seeded.touchId(), "U0REP", RejectReason.OFF_MESSAGE, null);

        assertThat(rejected.item().awaitsDecision()).isFalse();
    }

    @Test
    void undo_after_the_email_was_sent_is_too_late_and_changes_nothing() {
        review.approve(seeded.touchId(), "U0REP");
        var message = stores.outbox().forTouch(seeded.touchId()).orElseThrow();
        stores.outbox().claim(message.id(), NOW.plusSeconds(120), "test", java.time.Duration.ofMinutes(1)).orElseThrow();
        stores.outbox().markSent(message.id(), NOW.plusSeconds(120));
        stores.touches().transition(seeded.touchId(), TouchStatus.APPROVED, TouchStatus.SENT, null);

        var outcome = review.undo(seeded.touchId(), "U0REP");

        assertThat(outcome).isInstanceOfSatisfying(ReviewOutcome.TooLate.class,
                late -> assertThat(late.why()).contains("already sent"));
        assertThat(stores.touches().find(seeded.touchId()).orElseThrow().status()).isEqualTo(TouchStatus.SENT);
        assertThat(stores.outbox().forTouch(seeded.touchId()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void approve_after_undo_requeues_the_same_message_id() {
        review.approve(seeded.touchId(), "U0REP");
        var messageId = stores.outbox().forTouch(seeded.touchId()).orElseThrow().messageId();
        review.undo(seeded.touchId(), "U0REP");

        review.approve(seeded.touchId(), "U0REP");

        var message = stores.outbox().forTouch(seeded.touchId()).orElseThrow();
        assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message.messageId()).isEqualTo(messageId);
    }

    @Test
    void edit_with_unsupported_claim_needs_confirmation_and_changes_nothing() {
        recheck = Verification.of(List.of(new Problem("Acme cut costs 40%", "names a customer not in the offer: Acme")));

        var outcome = review.edit(seeded.touchId(), "U0REP", "New subject", "Acme cut costs 40%.", false);

        assertThat(outcome).isInstanceOf(ReviewOutcome.NeedsConfirmation.class);
        assertThat(stores.touches().find(seeded.touchId()).orElseThrow().draft().subject()).isEqualTo("Northwind's Series B");
    }

    @Test
    void confirmed_edit_is_stored_and_audited_with_before_and_after() {
        recheck = Verification.of(List.of(new Problem("Acme cut costs 40%", "names a customer not in the offer: Acme")));

        review.edit(seeded.touchId(), "U0REP", "New subject", "Acme cut costs 40%.", true);

        assertThat(stores.touches().find(seeded.touchId()).orElseThrow().draft().body()).isEqualTo("Acme cut costs 40%.");
        var audit = stores.audit().forSubject("touch", seeded.touchId());
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("touch.edit");
            assertThat(e.before()).contains("Congrats on the $20M Series B");
            assertThat(e.after()).contains("Acme cut costs 40%");
            assertThat(e.detail()).contains("person confirmed unsupported claims");
        });
    }

    @Test
    void a_confirmed_edit_is_vouched_for_by_its_author_and_can_then_be_approved() {
        recheck = Verification.of(List.of(new Problem("Acme cut costs 40%", "names a customer not in the offer: Acme")));
        review.edit(seeded.touchId(), "U0REP", "New subject", "Acme cut costs 40%.", true);

        var outcome = review.approve(seeded.touchId(), "U0LEAD");

        assertThat(stores.touches().find(seeded.touchId()).orElseThrow().verification())
                .isInstanceOfSatisfying(Verification.Vouched.class, v -> {
                    assertThat(v.actor()).isEqualTo("U0REP");
                    assertThat(v.problems()).extracting(Problem::claim).containsExactly("Acme cut costs 40%");
                });
        assertThat(outcome).isInstanceOf(ReviewOutcome.Done.class);
        assertThat(stores.outbox().forTouch(seeded.touchId()).orElseThrow().body()).isEqualTo("Acme cut costs 40%.");
    }

    @Test
    void a_draft_the_verifier_blocked_is_never_approved_even_by_a_forged_click() {
        stores.touches().replaceText(seeded.touchId(), "Subject", "Acme cut costs 40%.",
                new Verification.Blocked(List.of(new Problem("Acme cut costs 40%", "not grounded"))));

        var outcome = review.approve(seeded.touchId(), "U0REP");

        assertThat(outcome).isInstanceOf(ReviewOutcome.Unsendable.class);
        assertThat(stores.outbox().forTouch(seeded.touchId())).isEmpty();
        assertThat(scheduled).isEmpty();
    }

    @Test
    void audit_log_refuses_updates() {
        review.approve(seeded.touchId(), "U0REP");

        var error = org.assertj.core.api.Assertions.catchThrowable(() ->
                TestDatabase.execute("update audit_log set actor = 'someone else'"));

        assertThat(error).hasMessageContaining("append-only");
    }
}
