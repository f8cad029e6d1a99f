package dev.gatehouse.engine.briefs;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.MeetingEvent;
import dev.gatehouse.engine.ids.MeetingId;
import dev.gatehouse.engine.ids.ReplyId;
import dev.gatehouse.engine.sequence.StopReason;
import dev.gatehouse.engine.followups.FollowUps;
import dev.gatehouse.engine.store.Stores;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Booking a meeting, however it was agreed (a calendar invite in a reply, a time the prospect
 * confirmed, a rep by hand): the meeting and its audit event in one transaction, the follow-ups
 * stopped (the thread it came from and every thread with the contact), then the brief posted.
 */
public final class MeetingBooking {
    public enum Source {
        CALENDAR, REPLY, MANUAL;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What to book. With a {@code sourceRef} (an invite UID, a reply) the same source books once.
     * {@code threadTouchId} is the thread it came from, when it came from one.
     */
    public record Request(long accountId, Long contactId, Long threadTouchId, Instant startsAt, Source source,
                          String sourceRef, Long replyId, String actor) {
    }

    /** A new meeting, and whether open follow-ups were cancelled because of it. */
    public record Booked(long meetingId, boolean cancelledFollowUps) {
    }

    private final Stores stores;
    private final FollowUps followUps;
    private final Briefs briefs;

    public MeetingBooking(Stores stores, FollowUps followUps, Briefs briefs) {
        this.stores = stores;
        this.followUps = followUps;
        this.briefs = briefs;
    }

    /** A meeting booked by hand (a rep's command). */
    public long book(long accountId, Long contactId, Instant startsAt, String actor) {
        return book(new Request(accountId, contactId, null, startsAt, Source.MANUAL, null, null, actor))
                .orElseThrow().meetingId();
    }

    /** Empty when this source already booked its meeting: nothing is stopped or posted again. */
    public Optional<Booked> book(Request request) {
        var id = stores.inTransaction(s -> {
            var booked = s.meetings().book(request.accountId(), request.contactId(), request.startsAt(),
                    request.source().wire(), request.sourceRef(), request.replyId());
            booked.ifPresent(meetingId -> s.audit().append(new MeetingEvent.Booked(Actor.fromWire(request.actor()),
                    new MeetingId(meetingId), request.startsAt(), request.source().wire(),
                    request.replyId() == null ? null : new ReplyId(request.replyId()))));
            return booked;
        });
        if (id.isEmpty()) return Optional.empty();
        boolean cancelled = false;
        if (request.threadTouchId() != null) cancelled = followUps.stop(request.threadTouchId(), StopReason.MEETING, request.actor());
        if (request.contactId() != null) cancelled |= followUps.stopAllFor(request.contactId(), StopReason.MEETING, request.actor());
        briefs.publish(id.get());
        return Optional.of(new Booked(id.get(), cancelled));
    }
}
