package dev.gatehouse.engine.audit;

/**
 * One thing the append-only audit log records. Each kind is a record that knows its action name,
 * its subject and the JSON kept before and after; those are stored values that managers, reports
 * and the tests read, so a record may be renamed but its action and JSON keys stay as they are.
 */
public sealed interface AuditEvent permits TouchEvent, ReplyEvent, MeetingEvent, ProspectEvent, PlaybookEvent,
        ExceptionEvent, OutcomeEvent, Refused {
    Actor actor();

    String action();

    Subject subject();

    /** The state before, as JSON-able values (a map, a string, a boolean); null when there was none. */
    default Object before() {
        return null;
    }

    default Object after() {
        return null;
    }

    /** Free text for a person reading the log: why, or what was said. */
    default String detail() {
        return null;
    }
}
