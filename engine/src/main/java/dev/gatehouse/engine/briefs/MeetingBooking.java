package dev.gatehouse.engine.briefs;

import dev.gatehouse.engine.followups.FollowUps;
import dev.gatehouse.engine.store.Stores;

import java.time.Instant;
import java.util.Map;

/**
 * A meeting booked by hand (a rep's command, a confirmed meeting request): recorded, the
 * contact's follow-ups stopped, and the brief posted.
 */
public final class MeetingBooking {
    private final Stores stores;
    private final FollowUps followUps;
    private final Briefs briefs;

    public MeetingBooking(Stores stores, FollowUps followUps, Briefs briefs) {
        this.stores = stores;
        this.followUps = followUps;
        this.briefs = briefs;
    }

    public long book(long accountId, Long contactId, Instant startsAt, String actor) {
        var id = stores.meetings().book(accountId, contactId, startsAt);
        stores.audit().append(actor, "meeting.booked", "meeting", id, null,
                Map.of("starts_at", startsAt.toString(), "source", "manual"), null);
        if (contactId != null) followUps.stopAllFor(contactId, "meeting", actor);
        briefs.publish(id);
        return id;
    }
}
