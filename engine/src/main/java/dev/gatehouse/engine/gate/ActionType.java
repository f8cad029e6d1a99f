package dev.gatehouse.engine.gate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of action the agent can take, each with the autonomy level it has by default and
 * the most freedom a manager may give it ({@link #ceiling()}). Only the customer-visible types
 * are settings ({@link #settable()}): each is honoured where its action happens. The internal
 * ones (scoring, research, suppression, out-of-office rescheduling) always run on their own.
 */
public enum ActionType {
    SCORING(false, AutonomyLevel.AUTONOMOUS, AutonomyLevel.AUTONOMOUS),
    RESEARCH(false, AutonomyLevel.AUTONOMOUS, AutonomyLevel.AUTONOMOUS),
    SUPPRESSION(false, AutonomyLevel.AUTONOMOUS, AutonomyLevel.AUTONOMOUS),
    OOO_RESCHEDULE(false, AutonomyLevel.AUTONOMOUS, AutonomyLevel.AUTONOMOUS),
    /** The pipeline's first email (and a referral's intro): off limits drafts nothing. */
    FIRST_EMAIL(true, AutonomyLevel.COPILOT, AutonomyLevel.SUPERVISED),
    /** The follow-up steps: off limits drafts none. */
    FOLLOW_UP(true, AutonomyLevel.COPILOT, AutonomyLevel.SUPERVISED),
    /** A suggested answer to a prospect's reply: always a proposal a person approves; off limits drafts none. */
    PROSPECT_REPLY(true, AutonomyLevel.COPILOT, AutonomyLevel.COPILOT),
    /** Proposed meeting times for a meeting request: a proposal a person approves; off limits drafts none. */
    MEETING_BOOKING(true, AutonomyLevel.COPILOT, AutonomyLevel.COPILOT),
    /** An angry, legal, security or injection reply: the owner is told at once and nothing is drafted, ever. */
    HOT_ESCALATION(true, AutonomyLevel.OFF_LIMITS, AutonomyLevel.OFF_LIMITS),
    /** After the sale, internal only: a usage drop or spike posted to the CSM. */
    USAGE_ANOMALY_ALERT(false, AutonomyLevel.AUTONOMOUS, AutonomyLevel.AUTONOMOUS),
    /** A templated check-in for a healthy small account: may be lowered to supervised. */
    CUSTOMER_CHECK_IN(true, AutonomyLevel.COPILOT, AutonomyLevel.SUPERVISED),
    RENEWAL_OUTREACH(true, AutonomyLevel.COPILOT, AutonomyLevel.COPILOT),
    /** A quarterly business review narrative from the customer's stored numbers: always a proposal a person approves. */
    QBR_NARRATIVE(true, AutonomyLevel.COPILOT, AutonomyLevel.COPILOT),
    /** Signing a renewal, pricing and non-standard terms stay with people: never drafted. */
    RENEWAL_SIGNING(true, AutonomyLevel.OFF_LIMITS, AutonomyLevel.OFF_LIMITS),
    RENEWAL_PRICING(true, AutonomyLevel.OFF_LIMITS, AutonomyLevel.OFF_LIMITS),
    NON_STANDARD_TERMS(true, AutonomyLevel.OFF_LIMITS, AutonomyLevel.OFF_LIMITS);

    private final boolean customerVisible;
    private final AutonomyLevel defaultLevel;
    private final AutonomyLevel ceiling;

    ActionType(boolean customerVisible, AutonomyLevel defaultLevel, AutonomyLevel ceiling) {
        this.customerVisible = customerVisible;
        this.defaultLevel = defaultLevel;
        this.ceiling = ceiling;
    }

    public boolean customerVisible() {
        return customerVisible;
    }

    public AutonomyLevel defaultLevel() {
        return defaultLevel;
    }

    /** The most freedom this type may have (levels run from autonomous down to off limits). */
    public AutonomyLevel ceiling() {
        return ceiling;
    }

    /** Whether a manager sets it with {@code /autonomy}: the types a customer would see. */
    public boolean settable() {
        return customerVisible;
    }

    /** The types {@code /autonomy} and the Home tab list, in order. */
    public static List<ActionType> settings() {
        return Arrays.stream(values()).filter(ActionType::settable).toList();
    }

    /** How people read it: "First email", "QBR narrative". */
    public String label() {
        var words = wire().replace('_', ' ');
        if (this == QBR_NARRATIVE) return "QBR" + words.substring(3);
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ActionType> fromWire(String value) {
        if (value == null) return Optional.empty();
        var normalized = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(a -> a.wire().equals(normalized)).findFirst();
    }
}
