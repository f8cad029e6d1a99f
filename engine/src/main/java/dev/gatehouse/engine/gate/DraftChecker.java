package dev.gatehouse.engine.gate;

import dev.gatehouse.engine.verify.Verification;

/** Re-verifies a touch's text against its grounds, e.g. after a person edited it. */
@FunctionalInterface
public interface DraftChecker {
    Verification check(long touchId, String subject, String body);
}
