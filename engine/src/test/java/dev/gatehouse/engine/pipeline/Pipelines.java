package dev.gatehouse.engine.pipeline;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewMessage;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.gate.SendScheduler;
import dev.gatehouse.engine.research.ResearchCache;
import dev.gatehouse.engine.review.ReviewService;
import dev.gatehouse.engine.scoring.Embedder;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.verify.GuardrailCheck;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.verify.Verifier;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.Writer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A pipeline on a real database whose review messages and exceptions land in lists, sending at once. */
final class Pipelines {
    /** A constant "embedding" so the semantic part is deterministic without loading a model. */
    static final Embedder FLAT = new Embedder() {
        public float[] embed(String text) {
            return new float[]{1f, 0f};
        }

        public String modelName() {
            return "flat";
        }
    };

    private Pipelines() {
    }

    static Pipeline build(Stores stores, Writer writer, Clock clock, List<ReviewItem> posted, List<String> exceptions) {
        var sends = new SendScheduler() {
            public Instant firstSlot(Contact contact, Instant now) {
                return now;
            }

            public void scheduleSend(long outboxId, Instant at) {
            }
        };
        var notifier = new ReviewNotifier() {
            public Optional<ReviewMessage> reviewReady(ReviewItem item) {
                posted.add(item);
                return Optional.empty();
            }

            public Optional<ReviewMessage> reviewUpdated(ReviewItem item) {
                return Optional.empty();
            }

            public void exception(String owner, String summary) {
                exceptions.add(summary);
            }
        };
        var drafting = new DraftStep(writer, new Verifier(), new GuardrailCheck(), 2);
        var review = new ReviewService(stores, (id, s, b) -> new Verification.Passed(), sends, notifier, clock,
                "Ari Lund <ari@ledgerline.example>");
        return new Pipeline(stores, FLAT, new ResearchCache(Duration.ofHours(1), Ticker.systemTicker()),
                new TouchDrafting(stores, drafting, review), notifier, Guardrails.DEFAULT, clock);
    }
}
