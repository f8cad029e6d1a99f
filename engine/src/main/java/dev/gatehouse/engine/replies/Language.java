package dev.gatehouse.engine.replies;

import java.util.Locale;

/** The languages offline triage reads; {@link #code()} is the ISO 639-1 code. */
public enum Language {
    EN, DE, FR, ES, NL, IT, PT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
