package dev.gatehouse.engine.ai;

import java.util.List;
import java.util.Objects;

/** What the claim judge answers: a verdict on the whole draft and each unsupported claim with its reason. */
record JudgeVerdict(Verdict verdict, List<Flag> problems) {
    enum Verdict {
        /** Every factual claim traces to the grounds. */
        GROUNDED,
        /** At least one claim does not; each is listed in {@code problems}. */
        UNSUPPORTED
    }

    /** A claim quoted from the draft and why the grounds do not support it. */
    record Flag(String claim, String reason) {
    }

    JudgeVerdict {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(problems, "problems");
        problems = problems.stream().filter(Objects::nonNull).toList();
    }
}
