package dev.gatehouse.engine.verify;

import java.util.Locale;

/** One sentence of a draft (or its subject line), with a lower-cased copy for matching and the draft's language. */
record Sentence(String text, String lower, boolean subject, Language language) {
    static Sentence of(String text, boolean subject, Language language) {
        var trimmed = text.strip();
        return new Sentence(trimmed, trimmed.toLowerCase(Locale.ROOT), subject, language);
    }
}
