package dev.gatehouse.engine.pipeline;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.gate.RejectReason;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.review.ReviewService;
import dev.gatehouse.engine.gate.SendScheduler;
import dev.gatehouse.engine.research.ResearchCache;
import dev.gatehouse.engine.scoring.Embedder;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.verify.Verifier;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.verify.GuardrailCheck;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.Offer;
import dev.gatehouse.engine.writing.OfflineWriter;
import dev.gatehouse.engine.writing.Writer;
import dev.gatehouse.engine.writing.WritingRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A reviewer's rejection reaches the writer the next time the pipeline drafts for that account. */
class RejectionFeedbackTest {
    private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");
    private static final Embedder FLAT = new Embedder() {
        public float[] embed(String text) {
            return new float[]{1f, 0f};
        }

        public String modelName() {
            return "flat";
        }
    };

    private Stores stores;
    private long accountId;
    private final List<WritingRequest> requests = new ArrayList<>();
    private Pipeline pipeline;
    private ReviewService review;

    @BeforeEach
    void setUp() {
        stores = TestDatabase.freshStores();
        stores.playbook().saveIcp(new Icp(0, List.of("logistics"), 50, 1000, List.of("EMEA"), List.of(),
                List.of(new Icp.Persona("finance", List.of("finance", "controller"), List.of())),
                Icp.Exclusions.NONE, null, null, 40, "Mid-size logistics companies"), "U0MGR");
        stores.playbook().saveOffer(new Offer("Ledgerline", "Ledgerline automates month-end close for finance teams.",
                List.of("Harbor Freight Lines closes its books 3 days faster with Ledgerline"), List.of("Harbor Freight Lines"),
                "Ari Lund", "Account Executive"), "U0MGR");
        accountId = stores.accounts().upsert(new Account(0, "kestrel-cargo.example", "Kestrel Cargo", "logistics", 310,
                "EMEA", "NL", List.of(), "Cold-chain freight across the Benelux", "U0REP"));
        stores.accounts().upsert(new Contact(0, accountId, "joris@kestrel-cargo.example", "Joris", "Bakker",
                "Finance Director", "director", ZoneId.of("Europe/Amsterdam"), null));
        var sends = new SendScheduler() {
            public Instant firstSlot(Contact contact, Instant now) {
                return now;
            }

            public void scheduleSend(long outboxId, Instant at) {
            }
        };
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        review = new ReviewService(stores, (id, s, b) -> new Verification.Passed(), sends, ReviewNotifier.NONE, clock,
                "Ari Lund <ari@ledgerline.example>");
        Writer recording = new Writer() {
            private final OfflineWriter offline = new OfflineWriter();

            public Draft write(WritingRequest request) {
                requests.add(request);
                return offline.write(request);
            }

            public String name() {
                return "offline";
            }
        };
        pipeline = new Pipeline(stores, FLAT, new ResearchCache(Duration.ofHours(1), Ticker.systemTicker()),
                new TouchDrafting(stores, new DraftStep(recording, new Verifier(), new GuardrailCheck(), 2), review),
                ReviewNotifier.NONE, Guardrails.DEFAULT, clock);
    }

    private long drafted(String summary) {
        var signal = stores.signals().insert(new Signal(0, accountId, null, SignalKind.FUNDING, summary,
                "https://news.example.com/" + Math.abs(summary.hashCode()), NOW.minus(Duration.ofDays(2))), "t:" + summary)
                .orElseThrow();
        var outcome = pipeline.processSignal(signal);
        assertThat(outcome).isInstanceOf(Pipeline.Outcome.Drafted.class);
        return ((Pipeline.Outcome.Drafted) outcome).touchId();
    }

    @Test
    void a_rejections_reason_and_note_reach_the_next_draft_for_that_contact() {
        var first = drafted("Kestrel Cargo raised a $14M Series A");
        review.reject(first, "U0REP", RejectReason.BAD_TIMING, "they announced a hiring freeze last week");
        requests.clear();

        drafted("Kestrel Cargo opened a warehouse in Rotterdam");

        assertThat(requests).isNotEmpty();
        assertThat(requests.getFirst().feedback())
                .contains("A reviewer rejected an earlier draft: Bad timing — they announced a hiring freeze last week");
    }

    @Test
    void the_first_draft_for_an_account_carries_no_rejection_feedback() {
        drafted("Kestrel Cargo raised a $14M Series A");

        assertThat(requests.getFirst().feedback()).isEmpty();
    }
}
