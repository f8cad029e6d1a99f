package dev.gatehouse.engine.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Outcomes after the meeting and the gate experiment: what managers read to judge whether it works. */
public sealed interface OutcomeEvent extends AuditEvent {
    /** A new version of an account's outcome; {@code before} is the previous stage, null for the first. */
    record Recorded(Actor actor, long accountId, int version, String previous, String stage, BigDecimal amount,
                    String source, String note) implements OutcomeEvent {
        public String action() { return "outcome.recorded"; }
        public Subject subject() { return Subject.account(accountId); }
        public Object before() { return previous == null ? null : Map.of("stage", previous); }
        public Object after() {
            var after = new LinkedHashMap<String, Object>();
            after.put("version", version);
            after.put("stage", stage);
            if (amount != null) after.put("amount", amount.toPlainString());
            after.put("source", source);
            return after;
        }
        public String detail() { return note; }
    }

    record ExperimentStarted(Actor actor, long experimentId, int gateOffPercent) implements OutcomeEvent {
        public String action() { return "experiment.started"; }
        public Subject subject() { return Subject.setting("gate_experiment"); }
        public Object after() { return Map.of("experiment_id", experimentId, "gate_off_percent", gateOffPercent); }
    }

    record ExperimentStopped(Actor actor, long experimentId, int gateOffPercent) implements OutcomeEvent {
        public String action() { return "experiment.stopped"; }
        public Subject subject() { return Subject.setting("gate_experiment"); }
        public Object before() { return Map.of("experiment_id", experimentId, "gate_off_percent", gateOffPercent); }
    }

    /** An account's permanent arm in the gate experiment ({@code gate_on} or {@code gate_off}). */
    record ArmAssigned(long accountId, long experimentId, String arm) implements OutcomeEvent {
        public Actor actor() { return Actor.GATEHOUSE; }
        public String action() { return "experiment.assigned"; }
        public Subject subject() { return Subject.account(accountId); }
        public Object after() { return Map.of("experiment_id", experimentId, "arm", arm); }
    }
}
