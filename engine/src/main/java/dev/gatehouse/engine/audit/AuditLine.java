package dev.gatehouse.engine.audit;

import java.time.Instant;

/** One audit entry as a manager reads it: when, who, what, about what, and the state before and after (JSON). */
public record AuditLine(Instant at, String actor, String action, String subjectType, String subjectId, String before,
                        String after, String detail) {
}
