package dev.gatehouse.engine.replies;

import java.util.Locale;

/** How a person handled a prospect's reply: dismissed it, or answered it in the thread. */
public enum HandledAs {
    DISMISSED, REPLIED;

    /** The value in {@code replies.handled_as} (checked by its CHECK constraint). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HandledAs fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
