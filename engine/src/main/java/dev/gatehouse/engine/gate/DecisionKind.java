package dev.gatehouse.engine.gate;

import java.util.Locale;

/** What a person (or Gatehouse under a manager's policy) did to a touch, as review_decisions records it. */
public enum DecisionKind {
    APPROVE, REJECT, UNDO, EDIT;

    /** The value in {@code review_decisions.decision}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DecisionKind fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
