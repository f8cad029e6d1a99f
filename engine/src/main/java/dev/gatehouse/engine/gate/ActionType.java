package dev.gatehouse.engine.gate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Every kind of action the agent can take, each with the autonomy level it has by default. */
public enum ActionType {
    SCORING(false, AutonomyLevel.AUTONOMOUS),
    RESEARCH(false, AutonomyLevel.AUTONOMOUS),
    SUPPRESSION(false, AutonomyLevel.AUTONOMOUS),
    OOO_RESCHEDULE(false, AutonomyLevel.AUTONOMOUS),
    FIRST_EMAIL(true, AutonomyLevel.COPILOT),
    FOLLOW_UP(true, AutonomyLevel.COPILOT),
    PROSPECT_REPLY(true, AutonomyLevel.COPILOT),
    MEETING_BOOKING(true, AutonomyLevel.COPILOT),
    PRICING_NEGOTIATION(true, AutonomyLevel.OFF_LIMITS),
    LEGAL_RESPONSE(true, AutonomyLevel.OFF_LIMITS),
    HOT_ESCALATION(true, AutonomyLevel.OFF_LIMITS),
    /** After the sale, internal only: a usage drop or spike posted to the CSM. */
    USAGE_ANOMALY_ALERT(false, AutonomyLevel.AUTONOMOUS),
    /** A templated check-in for a healthy small account: may be lowered to supervised. */
    CUSTOMER_CHECK_IN(true, AutonomyLevel.COPILOT),
    RENEWAL_OUTREACH(true, AutonomyLevel.COPILOT),
    QBR_NARRATIVE(true, AutonomyLevel.COPILOT),
    /** Signing a renewal, pricing and non-standard terms stay with people: never drafted. */
    RENEWAL_SIGNING(true, AutonomyLevel.OFF_LIMITS),
    RENEWAL_PRICING(true, AutonomyLevel.OFF_LIMITS),
    NON_STANDARD_TERMS(true, AutonomyLevel.OFF_LIMITS);

    private final boolean customerVisible;
    private final AutonomyLevel defaultLevel;

    ActionType(boolean customerVisible, AutonomyLevel defaultLevel) {
        this.customerVisible = customerVisible;
        this.defaultLevel = defaultLevel;
    }

    public boolean customerVisible() {
        return customerVisible;
    }

    public AutonomyLevel defaultLevel() {
        return defaultLevel;
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
