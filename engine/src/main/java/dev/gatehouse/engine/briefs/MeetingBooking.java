package dev.gatehouse.engine.briefs;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.MeetingEvent;
import dev.gatehouse.engine.ids.MeetingId;
import dev.gatehouse.engine.sequence.StopReason;
import dev.gatehouse.engine.followups.FollowUps;
import dev.gatehouse.engine.store.MeetingStore;
import dev.gatehouse.engine.store.Stores;

import java.time.Instant;

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
        var id = new MeetingStore(stores.dsl()).book(accountId, contactId, startsAt);
        stores.audit().append(new MeetingEvent.Booked(Actor.fromWire(actor), new MeetingId(id), startsAt, "manual", null));
        if (contactId != null) followUps.stopAllFor(contactId, StopReason.MEETING, actor);
        briefs.publish(id);
        return id;
    }
}
