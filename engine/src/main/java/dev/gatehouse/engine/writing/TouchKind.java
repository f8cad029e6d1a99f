package dev.gatehouse.engine.writing;

import java.util.Locale;

/** The customer-visible things the pipeline drafts. */
public enum TouchKind {
    FIRST_EMAIL, FOLLOW_UP, REPLY,
    /** After the sale: a templated check-in and a renewal outreach to a customer. */
    CHECK_IN, RENEWAL_OUTREACH;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TouchKind fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
