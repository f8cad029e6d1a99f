package dev.gatehouse.engine.supervision;

import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.gate.QualityBreaker;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewMessage;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.gate.SampleVerdict;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.inbound.InboundWorld;
import dev.gatehouse.engine.pipeline.TouchDrafting;
import dev.gatehouse.engine.store.TestDatabase;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.writing.WritingRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supervised autonomy as sampled review on a real PostgreSQL: emails go out without waiting, a
 * recorded random share is posted for review, Looks right and Flag are recorded once, flags feed
 * the writer, and a burst of flags trips the quality breaker exactly once.
 */
class SupervisedAutonomyTest {
    private final InboundWorld world = new InboundWorld(reply -> {
        throw new AssertionError("no triage here");
    });
    private final List<String> told = new CopyOnWriteArrayList<>();
    private final List<ReviewItem> updated = new CopyOnWriteArrayList<>();
    private final SampleReviews reviews = new SampleReviews(world.stores, new QualityBreaker(3, 30), new ReviewNotifier() {
        public Optional<ReviewMessage> reviewReady(ReviewItem item) {
            return Optional.empty();
        }

        public Optional<ReviewMessage> reviewUpdated(ReviewItem item) {
            updated.add(item);
            return Optional.empty();
        }

        public void exception(String ownerSlackId, String summary) {
            told.add(summary);
        }
    }, world.clock);

    private WritingRequest request() {
        var account = world.stores.accounts().account(world.seeded.accountId()).orElseThrow();
        var contact = world.stores.accounts().contact(world.seeded.contactId()).orElseThrow();
        return new WritingRequest(TouchKind.FIRST_EMAIL, 0, account, contact, List.of(), List.of(),
                world.stores.playbook().currentOffer().orElseThrow().value(), Guardrails.DEFAULT, List.of(), List.of());
    }

    /** One first email under the level in force, as the pipeline routes it. */
    private TouchDrafting.Drafted send(int n) {
        var draft = new Draft("Northwind's Series B " + n, "Hi Dana,\n\nCongratulations on the round.\n\nAri", List.of(),
                "test", null);
        return world.touches.submit(request(), null, draft, new Verification.Passed(),
                new TouchDrafting.Route.ByAutonomy(ActionType.FIRST_EMAIL,
                        world.stores.playbook().autonomy(ActionType.FIRST_EMAIL)), Map.of());
    }

    private List<Long> sampledSends(int count) {
        world.stores.playbook().setAutonomy(ActionType.FIRST_EMAIL, AutonomyLevel.SUPERVISED, "U0MGR", 100);
        var ids = new ArrayList<Long>();
        for (int i = 0; i < count; i++) ids.add(send(i).touchId());
        return ids;
    }

    @Test
    void a_thousand_supervised_sends_at_20_percent_post_between_150_and_250_for_review_and_all_go_out() {
        world.stores.playbook().setAutonomy(ActionType.FIRST_EMAIL, AutonomyLevel.SUPERVISED, "U0MGR", 20);
        var before = world.ready.size();

        var statuses = IntStream.range(0, 1000).mapToObj(this::send).map(TouchDrafting.Drafted::status).toList();

        assertThat(statuses).containsOnly(TouchStatus.APPROVED);
        var posted = world.ready.subList(before, world.ready.size());
        System.out.println("supervised sends: 1000 at 20%, posted for review: " + posted.size());
        assertThat(posted.size()).isBetween(150, 250);
        assertThat(posted).allSatisfy(item -> assertThat(item.sampled()).hasValueSatisfying(s -> {
            assertThat(s.samplePercent()).isEqualTo(20);
            assertThat(s.verdict()).isNull();
        }));
        assertThat(TestDatabase.count("select count(*) from supervised_samples")).isEqualTo(1000);
        assertThat(TestDatabase.count("select count(*) from supervised_samples where sampled")).isEqualTo(posted.size());
    }

    @Test
    void a_touch_already_decided_on_is_never_sampled_again_whatever_the_next_draw_says() {
        world.stores.playbook().setAutonomy(ActionType.FIRST_EMAIL, AutonomyLevel.SUPERVISED, "U0MGR", 1);
        var sent = send(1);
        var sampledOnce = world.stores.samples().find(sent.touchId()).isPresent();

        // a restart or a second instance: a new draw that always samples
        var again = new SupervisedSampling(world.stores, SupervisionSettings.DEFAULT, new java.util.Random() {
            @Override
            public int nextInt(int bound) {
                return 0;
            }
        }).decide(sent.touchId(), ActionType.FIRST_EMAIL);

        assertThat(again.isPresent()).isEqualTo(sampledOnce);
        assertThat(TestDatabase.count("select count(*) from supervised_samples where touch_id = ?", sent.touchId()))
                .isEqualTo(1);
    }

    @Test
    void looks_right_clicked_twice_is_recorded_and_audited_once() {
        var touch = sampledSends(1).getFirst();

        var first = reviews.looksRight(touch, "U0REP");
        var second = reviews.looksRight(touch, "U0REP2");

        assertThat(first).isInstanceOf(SampleReviews.Outcome.Reviewed.class);
        assertThat(second).isInstanceOfSatisfying(SampleReviews.Outcome.AlreadyReviewed.class,
                a -> assertThat(a.sample().reviewer()).isEqualTo("U0REP"));
        assertThat(world.stores.samples().find(touch).orElseThrow().verdict()).isEqualTo(SampleVerdict.LOOKS_RIGHT);
        assertThat(world.stores.audit().forSubject("touch", touch)).filteredOn(e -> e.action().startsWith("sample."))
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("sample.looks_right");
                    assertThat(e.actor()).isEqualTo("U0REP");
                });
        assertThat(updated).singleElement().satisfies(item -> assertThat(item.sampled().orElseThrow().verdict())
                .isEqualTo(SampleVerdict.LOOKS_RIGHT));
    }

    @Test
    void a_flag_is_audited_with_its_reason_and_fed_to_the_writer_like_a_rejection() {
        var touch = sampledSends(1).getFirst();

        reviews.flag(touch, "U0REP", "The funding amount is wrong: it was $12M");

        assertThat(world.stores.audit().forSubject("touch", touch)).filteredOn(e -> e.action().equals("sample.flag"))
                .singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("The funding amount is wrong: it was $12M"));
        assertThat(world.stores.decisions().rejectionFeedback(world.seeded.contactId(), 3))
                .contains("A reviewer flagged an email already sent: The funding amount is wrong: it was $12M");
    }

    @Test
    void a_burst_of_flags_trips_the_breaker_exactly_once_and_the_next_first_email_waits_for_a_person() throws Exception {
        var touches = sampledSends(8);
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var touch : touches) {
                pool.submit(() -> {
                    start.await();
                    return reviews.flag(touch, "U0REP", "made-up customer name");
                });
            }
            start.countDown();
        }

        assertThat(world.stores.audit().forSubject("action_type", "first_email"))
                .filteredOn(e -> e.action().equals("autonomy.quality_breaker")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("gatehouse"));
        assertThat(world.stores.playbook().autonomy(ActionType.FIRST_EMAIL)).isEqualTo(AutonomyLevel.COPILOT);
        assertThat(told).singleElement().satisfies(text -> assertThat(text).contains("back to copilot")
                .contains("made-up customer name").contains("touch #"));

        var next = send(99);
        assertThat(next.status()).isEqualTo(TouchStatus.PENDING_REVIEW);
        assertThat(world.stores.outbox().forTouch(next.touchId())).isEmpty();
    }

    @Test
    void supervised_again_after_a_trip_counts_only_flags_given_since() {
        var first = sampledSends(3);
        first.forEach(t -> reviews.flag(t, "U0REP", "wrong tone"));
        assertThat(world.stores.playbook().autonomy(ActionType.FIRST_EMAIL)).isEqualTo(AutonomyLevel.COPILOT);

        var fresh = sampledSends(1); // a manager gives supervised back
        reviews.flag(fresh.getFirst(), "U0REP", "still off");

        assertThat(world.stores.playbook().autonomy(ActionType.FIRST_EMAIL)).isEqualTo(AutonomyLevel.SUPERVISED);
        assertThat(told).hasSize(1);
    }
}
