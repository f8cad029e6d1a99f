package dev.gatehouse.engine.replies.ingest;

import java.time.Instant;
import java.util.Objects;

/** A meeting request (iCalendar METHOD:REQUEST) found in an inbound email. */
public record CalendarInvite(Instant start, Instant end, String organizer, String summary, String uid) {
    public CalendarInvite {
        Objects.requireNonNull(start, "start");
    }
}
