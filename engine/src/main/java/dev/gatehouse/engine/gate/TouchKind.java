package dev.gatehouse.engine.gate;

import java.util.Locale;

/** The customer-visible things the pipeline drafts. */
public enum TouchKind {
    FIRST_EMAIL, FOLLOW_UP, REPLY;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TouchKind fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public ActionType actionType() {
        return switch (this) {
            case FIRST_EMAIL -> ActionType.FIRST_EMAIL;
            case FOLLOW_UP -> ActionType.FOLLOW_UP;
            case REPLY -> ActionType.PROSPECT_REPLY;
        };
    }
}
