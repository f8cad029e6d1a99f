package dev.gatehouse.engine.exceptions;

/**
 * The exceptions queue at a glance, for the daily plan: {@code open} waits for someone to take it
 * (a snooze that ended counts here), {@code assigned} has someone, {@code snoozed} is out of sight.
 */
public record ExceptionCounts(int open, int assigned, int snoozed) {
    /** What still needs a person: open and assigned. */
    public int needingAPerson() {
        return open + assigned;
    }
}
