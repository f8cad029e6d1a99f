package dev.gatehouse.engine.verify;

import java.util.List;

/**
 * The verdict on a draft: it passes; it is blocked with the problems found; or a person edited
 * in claims the verifier cannot ground and vouched for them, which makes it sendable on their word.
 */
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

    /** Claims the verifier could not ground, confirmed by the person who wrote them into the draft (audited). */
    record Vouched(List<Problem> problems, String actor) implements Verification {
        public Vouched {
            if (problems == null || problems.isEmpty()) throw new IllegalArgumentException("nothing to vouch for");
            if (actor == null || actor.isBlank()) throw new IllegalArgumentException("a vouch needs the person");
            problems = List.copyOf(problems);
        }
    }

    static Verification of(List<Problem> problems) {
        return problems.isEmpty() ? new Passed() : new Blocked(problems);
    }

    default boolean passed() {
        return this instanceof Passed;
    }

    /** Whether a reviewer may approve it: anything but a block. */
    default boolean sendable() {
        return !(this instanceof Blocked);
    }
}
