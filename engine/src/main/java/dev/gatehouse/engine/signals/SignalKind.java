package dev.gatehouse.engine.signals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What happened at an account. The wire name is what APIs, CSV files and the database use. */
public enum SignalKind {
    FUNDING, HIRING, JOB_CHANGE, PRODUCT_USAGE, SUPPORT_TICKET, TECH_ADOPTION, NEWS, INTENT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the wire name; {@code web_visit} is an alias of {@code intent}. */
    public static Optional<SignalKind> fromWire(String value) {
        if (value == null) return Optional.empty();
        var normalized = value.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace('/', '_');
        if (normalized.equals("web_visit") || normalized.equals("intent_web_visit")) return Optional.of(INTENT);
        return Arrays.stream(values()).filter(k -> k.wire().equals(normalized)).findFirst();
    }
}
