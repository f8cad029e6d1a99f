package dev.gatehouse.engine.audit;

import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;

import java.time.LocalDate;
import java.util.Map;

/** A change to what Gatehouse may do: the kill switch, autonomy levels, the ICP, the offer, goals. */
public sealed interface PlaybookEvent extends AuditEvent {
    String SENDING_PAUSED = "sending_paused";
    String FIXED_MONTHLY_COST = "fixed_monthly_cost";

    /** Sending paused, by a manager or by the bounce breaker; {@code why} is their words or the breaker's reason. */
    record SendingPaused(Actor actor, String why) implements PlaybookEvent {
        public String action() { return "sending.pause"; }
        public Subject subject() { return Subject.setting(SENDING_PAUSED); }
        public Object before() { return false; }
        public Object after() { return true; }
        public String detail() { return why; }
    }

    record SendingResumed(Actor actor, String why) implements PlaybookEvent {
        public String action() { return "sending.resume"; }
        public Subject subject() { return Subject.setting(SENDING_PAUSED); }
        public Object before() { return true; }
        public Object after() { return false; }
        public String detail() { return why; }
    }

    /** {@code samplePercent}: the share of supervised actions posted for review, when the manager gave one. */
    record AutonomySet(Actor actor, ActionType type, AutonomyLevel from, AutonomyLevel to, Integer samplePercent)
            implements PlaybookEvent {
        public AutonomySet(Actor actor, ActionType type, AutonomyLevel from, AutonomyLevel to) {
            this(actor, type, from, to, null);
        }

        public String action() { return "autonomy.set"; }
        public Subject subject() { return new Subject("action_type", type.wire()); }
        public Object before() { return from.wire(); }
        public Object after() { return to.wire(); }
        public String detail() { return samplePercent == null ? null : samplePercent + "% sampled for review"; }
    }

    /**
     * The quality breaker: reviewers flagged too many of the recent sampled actions of a supervised
     * type, so Gatehouse put it back to copilot; {@code flagged} are the flagged touches.
     */
    record QualityBreakerTripped(ActionType type, int flags, int window, java.util.List<Long> flagged)
            implements PlaybookEvent {
        public static final String ACTION = "autonomy.quality_breaker";

        public Actor actor() { return Actor.GATEHOUSE; }
        public String action() { return ACTION; }
        public Subject subject() { return new Subject("action_type", type.wire()); }
        public Object before() { return AutonomyLevel.SUPERVISED.wire(); }
        public Object after() { return Map.of("level", AutonomyLevel.COPILOT.wire(), "flagged_touches", flagged); }
        public String detail() {
            return flags + " of the last " + window + " sampled " + type.wire() + " actions were flagged";
        }
    }

    /** A new ICP version; {@code before} and {@code icp} are the ICP records (null before the first). */
    record IcpSaved(Actor actor, int version, Object before, Object icp) implements PlaybookEvent {
        public String action() { return "icp.save"; }
        public Subject subject() { return new Subject("icp", Integer.toString(version)); }
        public Object after() { return icp; }
    }

    record OfferSaved(Actor actor, int version, Object before, Object offer) implements PlaybookEvent {
        public String action() { return "offer.save"; }
        public Subject subject() { return new Subject("offer", Integer.toString(version)); }
        public Object after() { return offer; }
    }

    /** The fixed monthly cost reports add to model spend; before and after as "1200.00 USD a month". */
    record FixedCostSet(Actor actor, String before, String after) implements PlaybookEvent {
        public String action() { return "fixed_cost.set"; }
        public Subject subject() { return Subject.setting(FIXED_MONTHLY_COST); }
    }

    /** The manager's fixed monthly cost removed: {@code after} is the environment's default again. */
    record FixedCostCleared(Actor actor, String before, String after) implements PlaybookEvent {
        public String action() { return "fixed_cost.clear"; }
        public Subject subject() { return Subject.setting(FIXED_MONTHLY_COST); }
    }

    /** {@code metric} is the goal metric's wire name; {@code command} the text the manager typed. */
    record GoalSet(Actor actor, long goalId, String metric, int target, LocalDate start, LocalDate end, String command)
            implements PlaybookEvent {
        public String action() { return "goal.set"; }
        public Subject subject() { return new Subject("goal", Long.toString(goalId)); }
        public Object after() {
            return Map.of("metric", metric, "target", target, "start", start.toString(), "end", end.toString());
        }
        public String detail() { return command; }
    }
}
