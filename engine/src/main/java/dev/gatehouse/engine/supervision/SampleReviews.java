package dev.gatehouse.engine.supervision;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.PlaybookEvent;
import dev.gatehouse.engine.audit.TouchEvent;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.gate.QualityBreaker;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.gate.Sample;
import dev.gatehouse.engine.gate.SampleVerdict;
import dev.gatehouse.engine.ids.TouchId;
import dev.gatehouse.engine.store.PlaybookStore;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The after-the-fact review of a sampled supervised email: Looks right or Flag (with a reason),
 * each recorded once and audited. A flag feeds the writer like a rejection and may trip the
 * {@link QualityBreaker}: the type then drops back to copilot, audited as done by Gatehouse, and
 * a manager is told which emails were flagged. Flags on one type are checked one at a time (a
 * lock per type), so a burst of flags trips it once.
 */
public final class SampleReviews {
    private final Stores stores;
    private final QualityBreaker breaker;
    private final ReviewNotifier notifier;
    private final Clock clock;

    public SampleReviews(Stores stores, QualityBreaker breaker, ReviewNotifier notifier, Clock clock) {
        this.stores = stores;
        this.breaker = breaker;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** How a review of a sample ended. */
    public sealed interface Outcome {
        /** Recorded; {@code tripped} is the breaker's trip this flag caused, or null. */
        record Reviewed(ReviewItem item, Tripped tripped) implements Outcome {
        }

        /** It had a verdict already (a double click, a colleague first): nothing changed. */
        record AlreadyReviewed(Sample sample) implements Outcome {
        }

        /** No sampled email by that id. */
        record NotSampled(long touchId) implements Outcome {
        }
    }

    /** The quality breaker tripped: {@code type} is back to copilot because of the {@code flagged} touches. */
    public record Tripped(ActionType type, List<Long> flagged, int window) {
    }

    public Outcome looksRight(long touchId, String actor) {
        return review(touchId, SampleVerdict.LOOKS_RIGHT, actor, null);
    }

    public Outcome flag(long touchId, String actor, String reason) {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a flag needs a reason");
        return review(touchId, SampleVerdict.FLAGGED, actor, reason.strip());
    }

    private Outcome review(long touchId, SampleVerdict verdict, String actor, String reason) {
        Objects.requireNonNull(actor, "actor");
        var now = clock.instant();
        var outcome = stores.inTransaction(s -> {
            var sample = s.samples().find(touchId);
            if (sample.isEmpty()) return new Outcome.NotSampled(touchId);
            if (verdict == SampleVerdict.FLAGGED) s.playbook().lockAutonomy(sample.get().type());
            if (!s.samples().review(touchId, verdict, actor, reason, now)) {
                return new Outcome.AlreadyReviewed(s.samples().find(touchId).orElseThrow());
            }
            var touch = new TouchId(touchId);
            s.audit().append(verdict == SampleVerdict.FLAGGED
                    ? new TouchEvent.SampleFlagged(Actor.fromWire(actor), touch, reason)
                    : new TouchEvent.SampleLooksRight(Actor.fromWire(actor), touch));
            var tripped = verdict == SampleVerdict.FLAGGED ? trip(s, sample.get().type()) : null;
            return new Outcome.Reviewed(s.reviewItem(touchId).orElseThrow(), tripped);
        });
        if (outcome instanceof Outcome.Reviewed reviewed) {
            notifier.reviewUpdated(reviewed.item());
            if (reviewed.tripped() != null) notifier.exception(null, BreakerNotice.text(stores, reviewed.tripped()));
        }
        return outcome;
    }

    /** Runs under the type's lock: trips only while the type is still supervised, so once per crossing. */
    private Tripped trip(Stores s, ActionType type) {
        if (s.playbook().autonomy(type) != AutonomyLevel.SUPERVISED) return null;
        var since = s.playbook().autonomySetAt(type).orElse(Instant.EPOCH);
        var flagged = breaker.check(s.samples().recent(type, since, breaker.window()));
        if (flagged.isEmpty()) return null;
        s.playbook().setAutonomy(type, AutonomyLevel.COPILOT, PlaybookStore.GATEHOUSE);
        s.audit().append(new PlaybookEvent.QualityBreakerTripped(type, flagged.get().size(), breaker.window(),
                flagged.get()));
        return new Tripped(type, flagged.get(), breaker.window());
    }
}
