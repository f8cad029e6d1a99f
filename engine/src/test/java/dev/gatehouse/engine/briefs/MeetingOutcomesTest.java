package dev.gatehouse.engine.briefs;

import dev.gatehouse.engine.inbound.InboundWorld;
import dev.gatehouse.engine.store.GoalStore;
import dev.gatehouse.engine.store.MeetingStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingOutcomesTest {
    private InboundWorld world;
    private MeetingOutcomes outcomes;
    private long meetingId;

    @BeforeEach
    void setUp() {
        world = new InboundWorld(reply -> {
            throw new AssertionError("no triage here");
        });
        world.sendFirstTouch();
        outcomes = new MeetingOutcomes(world.stores, new BriefBuilder(world.stores, world.clock), world.clock);
        meetingId = world.stores.meetings().book(world.seeded.accountId(), world.seeded.contactId(),
                Instant.parse("2026-11-25T14:00:00Z"));
    }

    @Test
    void the_first_outcome_is_stored_with_who_and_audited() {
        var result = outcomes.record(meetingId, MeetingOutcome.HELD, "U0REP");

        assertThat(result).isInstanceOfSatisfying(MeetingOutcomes.Result.Done.class, d -> {
            assertThat(d.brief().meetingId()).isEqualTo(meetingId);
            assertThat(d.recorded()).isEqualTo(new MeetingOutcomes.Recorded(MeetingOutcome.HELD, "U0REP", world.clock.instant()));
        });
        assertThat(world.stores.meetings().outcome(meetingId)).hasValueSatisfying(o -> {
            assertThat(o.outcome()).isEqualTo("held");
            assertThat(o.actor()).isEqualTo("U0REP");
        });
        assertThat(world.stores.audit().forSubject("meeting", meetingId)).anyMatch(e -> e.action().equals("meeting.outcome"));
    }

    @Test
    void a_second_click_does_not_overwrite_the_outcome() {
        outcomes.record(meetingId, MeetingOutcome.NO_SHOW, "U0REP");

        var second = outcomes.record(meetingId, MeetingOutcome.HELD, "U0MGR");

        assertThat(second).isInstanceOfSatisfying(MeetingOutcomes.Result.AlreadyRecorded.class,
                a -> assertThat(a.recorded().outcome()).isEqualTo(MeetingOutcome.NO_SHOW));
        assertThat(world.stores.meetings().outcome(meetingId).orElseThrow().outcome()).isEqualTo("no_show");
    }

    @Test
    void an_unknown_meeting_is_not_found() {
        assertThat(outcomes.record(meetingId + 100, MeetingOutcome.HELD, "U0REP"))
                .isInstanceOf(MeetingOutcomes.Result.NotFound.class);
    }

    @Test
    void a_no_show_does_not_count_towards_meeting_goals() {
        var goals = world.stores.goals();
        var from = Instant.now().minus(Duration.ofDays(1));
        var to = Instant.now().plus(Duration.ofDays(1));
        assertThat(goals.count(dev.gatehouse.engine.playbook.GoalMetric.MEETINGS, from, to)).isEqualTo(1);

        outcomes.record(meetingId, MeetingOutcome.NO_SHOW, "U0REP");

        assertThat(goals.count(dev.gatehouse.engine.playbook.GoalMetric.MEETINGS, from, to)).isZero();
    }
}
