package dev.gatehouse.engine.writing;

import java.util.List;
import java.util.Objects;

/** The manager's playbook rules every draft must keep, whichever writer produced it. */
public record Guardrails(int maxWords, List<String> bannedPhrases, String tone, String signature) {
    public static final Guardrails DEFAULT = new Guardrails(120,
            List.of("circle back", "touch base", "synergy", "game-changer", "revolutionary", "guarantee",
                    "just checking in", "hope this finds you well"),
            "plain, specific, no hype", "");

    public Guardrails {
        if (maxWords < 20) throw new IllegalArgumentException("maxWords must be at least 20");
        bannedPhrases = List.copyOf(Objects.requireNonNullElse(bannedPhrases, List.of()));
        tone = Objects.requireNonNullElse(tone, "");
        signature = Objects.requireNonNullElse(signature, "");
    }
}
