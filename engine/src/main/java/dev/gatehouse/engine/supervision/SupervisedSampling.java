package dev.gatehouse.engine.supervision;

import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.store.Stores;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Picks which supervised actions are posted for after-the-fact review: each with the probability
 * its type's sample rate gives (the manager's, else the default). The draw is stored with the
 * touch before anything is posted, and the first stored draw stands, so a retried job, a restart
 * or a second instance never samples one touch twice.
 */
public final class SupervisedSampling {
    private final Stores stores;
    private final SupervisionSettings settings;
    private final RandomGenerator random;

    public SupervisedSampling(Stores stores, SupervisionSettings settings, RandomGenerator random) {
        this.stores = stores;
        this.settings = settings;
        this.random = random;
    }

    /** The rate in force for a type, in percent. */
    public int percent(ActionType type) {
        return stores.playbook().samplePercent(type).orElse(settings.defaultSamplePercent());
    }

    /** Decides (once) whether a touch sent under supervised autonomy is reviewed; its item when it is. */
    public Optional<ReviewItem> decide(long touchId, ActionType type) {
        var percent = percent(type);
        var draw = random.nextInt(100) < percent;
        var sampled = stores.samples().decide(touchId, type, draw, percent);
        return sampled ? stores.reviewItem(touchId) : Optional.empty();
    }
}
