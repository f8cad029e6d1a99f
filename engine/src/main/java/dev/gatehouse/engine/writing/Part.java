package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.signals.Signal;

import java.util.Objects;

/** One sentence of a draft, with what it stands on, so feedback can remove exactly that sentence. */
record Part(Role role, String text, Signal signal, String proof) {
    enum Role {
        OPENER(0), PAIN(0), REFERENCE(0), ANGLE(0), VALUE(1), PROOF(1), ASK(2);

        final int paragraph;

        Role(int paragraph) {
            this.paragraph = paragraph;
        }
    }

    Part {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
    }

    static Part of(Role role, String text) {
        return new Part(role, text, null, null);
    }
}
