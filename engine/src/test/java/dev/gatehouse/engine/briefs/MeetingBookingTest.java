package dev.gatehouse.engine.briefs;

import dev.gatehouse.engine.sequence.StopReason;
import dev.gatehouse.engine.followups.FollowUps;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.inbound.InboundWorld;
import dev.gatehouse.engine.store.FollowUpStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingBookingTest {
    @Test
    void booking_by_hand_stops_the_sequence_and_posts_the_brief() {
        var world = new InboundWorld(reply -> {
            throw new AssertionError("no triage here");
        });
        world.sendFirstTouch();
        world.clock.advance(Duration.ofDays(3));
        var open = (FollowUps.Outcome.Drafted) world.followUps.draftDue(world.seeded.touchId(), 1);
        var posted = new ArrayList<MeetingBrief>();
        var booking = new MeetingBooking(world.stores, world.followUps,
                new Briefs(world.stores, new BriefBuilder(world.stores, world.clock), posted::add, world.clock));

        booking.book(world.seeded.accountId(), world.seeded.contactId(), Instant.parse("2026-11-25T14:00:00Z"), "U0REP");

        assertThat(world.stores.touches().find(open.touchId()).orElseThrow().status()).isEqualTo(TouchStatus.CANCELLED);
        assertThat(world.stores.followUps().stopReason(world.seeded.touchId())).contains(StopReason.MEETING);
        assertThat(posted).singleElement().satisfies(b -> assertThat(b.thread()).isNotEmpty());
    }

    @Test
    void the_same_invite_books_once_and_posts_one_brief() {
        var world = new InboundWorld(reply -> {
            throw new AssertionError("no triage here");
        });
        world.sendFirstTouch();
        var invite = new MeetingBooking.Request(world.seeded.accountId(), world.seeded.contactId(), world.seeded.touchId(),
                Instant.parse("2026-11-24T10:00:00Z"), MeetingBooking.Source.CALENDAR, "ics:intro-1@northwind.example",
                null, "gatehouse");

        var first = world.meetings.book(invite);
        var again = world.meetings.book(invite);

        assertThat(first).isPresent();
        assertThat(again).isEmpty();
        assertThat(world.booked).containsExactly(first.get().meetingId());
        assertThat(world.stores.audit().forSubject("meeting", first.get().meetingId())).extracting(e -> e.action())
                .containsExactlyInAnyOrder("meeting.booked", "brief.posted");
        assertThat(world.stores.followUps().stopReason(world.seeded.touchId())).contains(StopReason.MEETING);
    }
}
