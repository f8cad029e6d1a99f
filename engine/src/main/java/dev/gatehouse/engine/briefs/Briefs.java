package dev.gatehouse.engine.briefs;

import dev.gatehouse.engine.audit.MeetingEvent;
import dev.gatehouse.engine.ids.MeetingId;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;

/** Builds and posts the brief for a booked meeting, once per meeting however often it is asked. */
public final class Briefs {
    private final Stores stores;
    private final BriefBuilder builder;
    private final BriefPublisher publisher;
    private final Clock clock;

    public Briefs(Stores stores, BriefBuilder builder, BriefPublisher publisher, Clock clock) {
        this.stores = stores;
        this.builder = builder;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Returns whether this call posted it (false when it was already posted or the meeting is gone). */
    public boolean publish(long meetingId) {
        var brief = builder.build(meetingId);
        if (brief.isEmpty()) return false;
        if (!stores.meetings().markBriefPosted(meetingId, clock.instant())) return false;
        stores.audit().append(new MeetingEvent.BriefPosted(new MeetingId(meetingId), brief.get().statements().size()));
        publisher.publish(brief.get());
        return true;
    }
}
