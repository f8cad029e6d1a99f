package dev.gatehouse.engine.verify;

import java.util.Locale;

/** One sentence of a draft (or its subject line), with a lower-cased copy for matching. */
record Sentence(String text, String lower, boolean subject) {
    static Sentence of(String text, boolean subject) {
        var trimmed = text.strip();
        return new Sentence(trimmed, trimmed.toLowerCase(Locale.ROOT), subject);
    }
}
