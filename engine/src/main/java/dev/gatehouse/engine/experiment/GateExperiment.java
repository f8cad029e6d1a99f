package dev.gatehouse.engine.experiment;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.OutcomeEvent;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.outcomes.Experiment;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.util.Optional;

/**
 * The gate experiment: a manager starts it with a gate-off share and stops it any time; while it
 * runs, each newly eligible account is assigned an arm for good (stored and audited), and
 * {@link #firstEmailLevel} is the one place that turns the arm into how its first email is routed.
 */
public final class GateExperiment {
    private final Stores stores;
    private final Clock clock;

    public GateExperiment(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    public sealed interface Change {
        record Started(Experiment experiment) implements Change {
        }

        record AlreadyRunning(Experiment experiment) implements Change {
        }

        record Stopped(Experiment experiment) implements Change {
        }

        record NotRunning() implements Change {
        }
    }

    public Change start(int gateOffPercent, String actor) {
        if (gateOffPercent < 1 || gateOffPercent > 99) throw new IllegalArgumentException("gate-off share: 1 to 99 percent");
        return stores.inTransaction(s -> {
            var running = s.experiments().running();
            if (running.isPresent()) return new Change.AlreadyRunning(running.get());
            var started = s.experiments().start(gateOffPercent, actor, clock.instant());
            s.audit().append(new OutcomeEvent.ExperimentStarted(Actor.fromWire(actor), started.id(), gateOffPercent));
            return new Change.Started(started);
        });
    }

    /** Stops assigning new accounts; those assigned keep their arm and are still counted. */
    public Change stop(String actor) {
        return stores.inTransaction(s -> s.experiments().stop(actor, clock.instant()).<Change>map(stopped -> {
            s.audit().append(new OutcomeEvent.ExperimentStopped(Actor.fromWire(actor), stopped.id(), stopped.gateOffPercent()));
            return new Change.Stopped(stopped);
        }).orElseGet(Change.NotRunning::new));
    }

    /** The account's arm, assigning one now if the experiment runs and it has none. */
    public Optional<Arm> armFor(long accountId) {
        var stored = stores.experiments().arm(accountId).flatMap(Arm::fromWire);
        if (stored.isPresent()) return stored;
        var running = stores.experiments().running();
        if (running.isEmpty()) return Optional.empty();
        var experiment = running.get();
        var arm = ArmDraw.draw(experiment.id(), accountId, experiment.gateOffPercent());
        return stores.inTransaction(s -> {
            if (s.experiments().assign(accountId, experiment.id(), arm.wire(), clock.instant())) {
                s.audit().append(new OutcomeEvent.ArmAssigned(accountId, experiment.id(), arm.wire()));
            }
            return s.experiments().arm(accountId).flatMap(Arm::fromWire);
        });
    }

    /**
     * How the account's first email is routed: gate on is copilot (a person approves it), gate off
     * is supervised (sent without waiting, reviewed after by sample); outside the experiment, or
     * when the policy puts first emails off limits, the manager's policy as it is.
     */
    public AutonomyLevel firstEmailLevel(long accountId, AutonomyLevel policy) {
        if (policy == AutonomyLevel.OFF_LIMITS) return policy;
        return armFor(accountId).map(arm -> arm == Arm.GATE_OFF ? AutonomyLevel.SUPERVISED : AutonomyLevel.COPILOT)
                .orElse(policy);
    }
}
