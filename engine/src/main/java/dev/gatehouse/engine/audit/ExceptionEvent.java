package dev.gatehouse.engine.audit;

import dev.gatehouse.engine.exceptions.ExceptionState;

import java.time.Instant;
import java.util.Map;

/** An item of the exceptions queue moved: a person took it, snoozed it or dismissed it, or its snooze ended. */
public sealed interface ExceptionEvent extends AuditEvent {
    long exceptionId();

    ExceptionState from();

    @Override
    default Subject subject() {
        return Subject.exception(exceptionId());
    }

    @Override
    default Object before() {
        return Map.of("state", from().wire());
    }

    record Assigned(Actor actor, long exceptionId, ExceptionState from) implements ExceptionEvent {
        public String action() { return "exception.assign"; }
        public Object after() { return Map.of("state", ExceptionState.ASSIGNED.wire(), "assignee", actor.wire()); }
    }

    record Snoozed(Actor actor, long exceptionId, ExceptionState from, Instant until) implements ExceptionEvent {
        public String action() { return "exception.snooze"; }
        public Object after() { return Map.of("state", ExceptionState.SNOOZED.wire(), "until", until.toString()); }
    }

    /** Gatehouse: the snooze ran out, so the item is open again (and posted again). */
    record SnoozeEnded(long exceptionId, Instant until) implements ExceptionEvent {
        public Actor actor() { return Actor.GATEHOUSE; }
        public ExceptionState from() { return ExceptionState.SNOOZED; }
        public String action() { return "exception.snooze_ended"; }
        public Object after() { return Map.of("state", ExceptionState.OPEN.wire(), "snoozed_until", until.toString()); }
    }

    record Dismissed(Actor actor, long exceptionId, ExceptionState from, String reason) implements ExceptionEvent {
        public String action() { return "exception.dismiss"; }
        public Object after() { return Map.of("state", ExceptionState.DISMISSED.wire()); }
        public String detail() { return reason; }
    }
}
