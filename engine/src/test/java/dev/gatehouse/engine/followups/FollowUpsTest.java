package dev.gatehouse.engine.followups;

import dev.gatehouse.engine.sequence.FollowUpStatus;
import dev.gatehouse.engine.sequence.StopReason;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.inbound.InboundWorld;
import dev.gatehouse.engine.store.FollowUpStore;
import dev.gatehouse.engine.store.MeetingStore;
import dev.gatehouse.engine.store.ReplyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpsTest {
    private InboundWorld world;
    private String firstMessageId;
    private long first;

    @BeforeEach
    void setUp() {
        world = new InboundWorld(reply -> {
            throw new AssertionError("no triage in these tests");
        });
        firstMessageId = world.sendFirstTouch();
        first = world.seeded.touchId();
    }

    private FollowUps.Outcome.Drafted draftStepOne() {
        world.clock.advance(Duration.ofDays(3));
        return (FollowUps.Outcome.Drafted) world.followUps.draftDue(first, 1);
    }

    @Test
    void sending_a_first_touch_plans_its_follow_ups_at_the_cadence() {
        var planned = world.stores.followUps().forThread(first);

        assertThat(planned).extracting(FollowUpStore.Planned::dueAt).containsExactly(
                InboundWorld.START.plus(Duration.ofDays(3)), InboundWorld.START.plus(Duration.ofDays(7)),
                InboundWorld.START.plus(Duration.ofDays(14)));
        assertThat(world.scheduled).extracting(InboundWorld.Scheduled::step).containsExactly(1, 2, 3);
    }

    @Test
    void a_due_follow_up_is_drafted_in_the_thread_and_goes_to_review() {
        var drafted = draftStepOne();

        var touch = world.stores.touches().find(drafted.touchId()).orElseThrow();
        assertThat(touch.kind()).isEqualTo(TouchKind.FOLLOW_UP);
        assertThat(touch.step()).isEqualTo(1);
        assertThat(touch.threadTouchId()).isEqualTo(first);
        assertThat(touch.draft().subject()).isEqualTo("Re: Northwind's Series B");
        assertThat(touch.status()).isIn(TouchStatus.PENDING_REVIEW, TouchStatus.BLOCKED);
        assertThat(world.ready).anyMatch(item -> item.touchId() == drafted.touchId());
    }

    @Test
    void an_approved_follow_up_answers_the_first_message() {
        var drafted = draftStepOne();
        world.stores.touches().transition(drafted.touchId(), TouchStatus.BLOCKED, TouchStatus.PENDING_REVIEW, null);

        world.review.approve(drafted.touchId(), "U0REP");

        assertThat(world.stores.outbox().forTouch(drafted.touchId()).orElseThrow().inReplyTo()).isEqualTo(firstMessageId);
    }

    @Test
    void a_step_that_is_not_due_is_re_armed_not_drafted() {
        var outcome = world.followUps.draftDue(first, 1);

        assertThat(outcome).isEqualTo(new FollowUps.Outcome.NotDue(InboundWorld.START.plus(Duration.ofDays(3))));
        assertThat(world.stores.touches().forAccount(world.seeded.accountId())).hasSize(1);
    }

    @Test
    void drafting_the_same_step_twice_drafts_once() {
        draftStepOne();

        var again = world.followUps.draftDue(first, 1);

        assertThat(again).isInstanceOf(FollowUps.Outcome.Skipped.class);
        assertThat(world.stores.touches().forAccount(world.seeded.accountId())).hasSize(2);
    }

    @Test
    void the_sequence_stops_on_a_reply() {
        world.stores.replies().insert(new ReplyStore.NewReply("<r@northwind.example>", firstMessageId, first,
                first, world.seeded.contactId(), world.seeded.accountId(), "dana@northwind.example", "Re: hi",
                "Thanks, not now.", InboundWorld.START.plus(Duration.ofDays(1)), false));
        world.clock.advance(Duration.ofDays(3));

        var outcome = world.followUps.draftDue(first, 1);

        assertThat(outcome).isEqualTo(new FollowUps.Outcome.Stopped(StopReason.REPLY));
        assertThat(world.stores.touches().forAccount(world.seeded.accountId())).hasSize(1);
        assertThat(world.stores.followUps().forThread(first))
                .extracting(FollowUpStore.Planned::status).containsOnly(FollowUpStatus.CANCELLED);
    }

    @Test
    void the_sequence_stops_on_a_booked_meeting() {
        world.stores.meetings().book(world.seeded.accountId(), world.seeded.contactId(),
                Instant.parse("2026-11-24T10:00:00Z"));
        world.clock.advance(Duration.ofDays(3));

        assertThat(world.followUps.draftDue(first, 1)).isEqualTo(new FollowUps.Outcome.Stopped(StopReason.MEETING));
    }

    @Test
    void a_manual_stop_cancels_the_open_follow_up_and_drafts_no_more() {
        var drafted = draftStepOne();

        world.followUps.stop(first, StopReason.MANUAL, "U0REP");
        world.clock.advance(Duration.ofDays(4));

        assertThat(world.stores.touches().find(drafted.touchId()).orElseThrow().status()).isEqualTo(TouchStatus.CANCELLED);
        assertThat(world.followUps.draftDue(first, 2)).isInstanceOf(FollowUps.Outcome.Skipped.class);
        assertThat(world.stores.followUps().stopReason(first)).contains(StopReason.MANUAL);
    }

    @Test
    void the_next_step_waits_while_the_previous_follow_up_is_still_in_review() {
        draftStepOne();
        world.clock.advance(Duration.ofDays(4));

        var outcome = world.followUps.draftDue(first, 2);

        assertThat(outcome).isInstanceOf(FollowUps.Outcome.NotDue.class);
        assertThat(world.stores.touches().forAccount(world.seeded.accountId())).hasSize(2);
    }
}
