package dev.gatehouse.engine.replies;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a prospect's reply means for the pipeline; {@link #wire()} is the JSON Lines name. */
public enum ReplyLabel {
    INTERESTED,
    MEETING_REQUEST,
    NOT_NOW,
    NOT_INTERESTED,
    UNSUBSCRIBE,
    OUT_OF_OFFICE,
    REFERRAL,
    OBJECTION,
    QUESTION,
    ESCALATION,
    BOUNCE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReplyLabel> fromWire(String value) {
        if (value == null) return Optional.empty();
        var normalized = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(l -> l.wire().equals(normalized)).findFirst();
    }
}
