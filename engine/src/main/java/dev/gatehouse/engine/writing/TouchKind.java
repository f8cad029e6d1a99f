package dev.gatehouse.engine.writing;

import java.util.Locale;

/** The customer-visible things the pipeline drafts. */
public enum TouchKind {
    FIRST_EMAIL, FOLLOW_UP, REPLY,
    /** After the sale: a templated check-in, a renewal outreach and a QBR narrative to a customer. */
    CHECK_IN, RENEWAL_OUTREACH, QBR_NARRATIVE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TouchKind fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
