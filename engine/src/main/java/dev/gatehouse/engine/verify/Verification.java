package dev.gatehouse.engine.verify;

import java.util.List;

/** The verifier's verdict on a draft: it passes, or it is blocked with the problems found. */
public sealed interface Verification {
    List<Problem> problems();

    record Passed() implements Verification {
        public List<Problem> problems() {
            return List.of();
        }
    }

    record Blocked(List<Problem> problems) implements Verification {
        public Blocked {
            if (problems == null || problems.isEmpty()) throw new IllegalArgumentException("a block needs a reason");
            problems = List.copyOf(problems);
        }
    }

    static Verification of(List<Problem> problems) {
        return problems.isEmpty() ? new Passed() : new Blocked(problems);
    }

    default boolean passed() {
        return this instanceof Passed;
    }
}
