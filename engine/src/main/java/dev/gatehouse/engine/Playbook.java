package dev.gatehouse.engine;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.PlaybookEvent;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.playbook.GoalMetric;
import dev.gatehouse.engine.playbook.Versioned;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.store.PlaybookStore;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.supervision.SupervisionSettings;
import dev.gatehouse.engine.writing.Offer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What managers set: the ICP, the offer, the autonomy per action type, goals and the sending kill
 * switch. Each change is one transaction with its audit row.
 */
public final class Playbook {
    private final Stores stores;
    private final Clock clock;
    private final SupervisionSettings supervision;
    private final java.util.function.Consumer<String> rescore;

    Playbook(Stores stores, Clock clock) {
        this(stores, clock, SupervisionSettings.DEFAULT, reason -> {
        });
    }

    /** @param rescore asked to re-score every account when a new ICP version is saved */
    Playbook(Stores stores, Clock clock, SupervisionSettings supervision, java.util.function.Consumer<String> rescore) {
        this.stores = stores;
        this.clock = clock;
        this.supervision = supervision;
        this.rescore = rescore;
    }

    /** How an autonomy change ended. */
    public sealed interface AutonomyChange {
        /** {@code samplePercent}: the sample rate the manager gave with supervised, or null. */
        record Changed(ActionType type, AutonomyLevel before, AutonomyLevel after, Integer samplePercent)
                implements AutonomyChange {
            public Changed(ActionType type, AutonomyLevel before, AutonomyLevel after) {
                this(type, before, after, null);
            }
        }

        /** Refused: the level is above what the action type may have ({@link #ceiling}). */
        record AboveCeiling(ActionType type, AutonomyLevel ceiling) implements AutonomyChange {
        }

        /** Refused: the type always runs on its own and is no setting ({@link ActionType#settable()}). */
        record NotASetting(ActionType type) implements AutonomyChange {
        }

        /** Refused: a sample rate goes only with supervised, and must be 1..100 percent. */
        record BadSampleRate(ActionType type, AutonomyLevel level, int samplePercent) implements AutonomyChange {
        }
    }

    /** How a pause or resume ended. */
    public sealed interface SendingChange {
        /** Sending already was as asked: nothing changed. */
        record Unchanged(boolean paused) implements SendingChange {
        }

        record Paused() implements SendingChange {
        }

        /** {@code byBreaker}: the bounce breaker had paused it, and bounces before now no longer count towards it. */
        record Resumed(boolean byBreaker) implements SendingChange {
        }
    }

    public Optional<Versioned<Icp>> icp() {
        return stores.playbook().currentIcp();
    }

    public Optional<Versioned<Offer>> offer() {
        return stores.playbook().currentOffer();
    }

    /** Stores the ICP as its next version, then has every account re-scored against it; returns the version number. */
    public int saveIcp(Icp icp, String actor) {
        int saved = stores.inTransaction(s -> {
            var before = s.playbook().currentIcp();
            var version = s.playbook().saveIcp(icp, actor);
            s.audit().append(new PlaybookEvent.IcpSaved(Actor.fromWire(actor), version, before.map(Versioned::value).orElse(null),
                    icp));
            return version;
        });
        rescore.accept("ICP version " + saved + " saved by " + actor);
        return saved;
    }

    /** Stores the offer as its next version; returns the version number. */
    public int saveOffer(Offer offer, String actor) {
        return stores.inTransaction(s -> {
            var before = s.playbook().currentOffer();
            var version = s.playbook().saveOffer(offer, actor);
            s.audit().append(new PlaybookEvent.OfferSaved(Actor.fromWire(actor), version,
                    before.map(Versioned::value).orElse(null), offer));
            return version;
        });
    }

    public Map<ActionType, AutonomyLevel> autonomy() {
        return stores.playbook().autonomy();
    }

    /**
     * The share of each supervised type's emails posted for after-the-fact review, in percent: the
     * manager's rate, else the default.
     */
    public Map<ActionType, Integer> samplePercents() {
        var rates = new java.util.EnumMap<ActionType, Integer>(ActionType.class);
        for (var type : ActionType.settings()) {
            rates.put(type, stores.playbook().samplePercent(type).orElse(supervision.defaultSamplePercent()));
        }
        return rates;
    }

    /**
     * The highest level an action type may have: anything a customer sees goes at most to
     * supervised, so a person is always shown what went out; replies and meeting times at most to
     * copilot (a person approves each), hot escalations never leave off limits.
     */
    public static AutonomyLevel ceiling(ActionType type) {
        return type.ceiling();
    }

    public AutonomyChange setAutonomy(ActionType type, AutonomyLevel level, String actor) {
        return setAutonomy(type, level, actor, null);
    }

    /** {@code samplePercent} (1..100, supervised only) sets the share sampled for review; null keeps the default. */
    public AutonomyChange setAutonomy(ActionType type, AutonomyLevel level, String actor, Integer samplePercent) {
        if (!type.settable()) return new AutonomyChange.NotASetting(type);
        // levels run from AUTONOMOUS (most freedom) to OFF_LIMITS
        if (level.compareTo(ceiling(type)) < 0) return new AutonomyChange.AboveCeiling(type, ceiling(type));
        if (samplePercent != null && (level != AutonomyLevel.SUPERVISED || samplePercent < 1 || samplePercent > 100)) {
            return new AutonomyChange.BadSampleRate(type, level, samplePercent);
        }
        return stores.inTransaction(s -> {
            s.playbook().lockAutonomy(type);
            var before = s.playbook().autonomy(type);
            s.playbook().setAutonomy(type, level, actor, samplePercent);
            s.audit().append(new PlaybookEvent.AutonomySet(Actor.fromWire(actor), type, before, level, samplePercent));
            return new AutonomyChange.Changed(type, before, level, samplePercent);
        });
    }

    public boolean sendingPaused() {
        return stores.playbook().sendingPaused();
    }

    /** The kill switch: approved emails wait in the outbox until {@link #resume}. */
    public SendingChange pause(String actor, String note) {
        return switchSending(true, actor, note);
    }

    /**
     * Sending goes on. Resuming is a person's judgement that the bounces were dealt with, so
     * earlier bounces stop counting towards the bounce breaker.
     */
    public SendingChange resume(String actor, String note) {
        return switchSending(false, actor, note);
    }

    private SendingChange switchSending(boolean pause, String actor, String note) {
        return stores.inTransaction(s -> {
            var paused = s.playbook().sendingPaused();
            if (paused == pause) return new SendingChange.Unchanged(paused);
            var byBreaker = !pause && s.playbook().sendingPausedBy().filter(PlaybookStore.GATEHOUSE::equals).isPresent();
            s.playbook().setSendingPaused(pause, actor);
            if (!pause) s.playbook().resetBounceBreaker(clock.instant(), actor);
            s.audit().append(pause ? new PlaybookEvent.SendingPaused(Actor.fromWire(actor), note)
                    : new PlaybookEvent.SendingResumed(Actor.fromWire(actor), note));
            return pause ? new SendingChange.Paused() : new SendingChange.Resumed(byBreaker);
        });
    }

    /** Sets a goal for {@code start..end} (UTC dates, inclusive); replaces an older one for the same metric. */
    public long setGoal(GoalMetric metric, int target, LocalDate start, LocalDate end, String actor, String note) {
        return stores.inTransaction(s -> {
            var id = s.goals().add(metric, target, start, end, actor);
            s.audit().append(new PlaybookEvent.GoalSet(Actor.fromWire(actor), id, metric.wire(), target, start, end, note));
            return id;
        });
    }
}
