package dev.gatehouse.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SendPlannerTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static SendPlanner planner(Instant now) {
        return new SendPlanner(DeliverabilityConfig.DEFAULTS, Clock.fixed(now, ZoneOffset.UTC), new SplittableRandom(7));
    }

    @Test
    void friday_evening_in_berlin_plans_monday_eight() {
        Instant fridayLate = ZonedDateTime.of(2026, 3, 6, 17, 30, 0, 0, BERLIN).toInstant();

        SendPlan plan = planner(fridayLate).nextSendAt(BERLIN, MailboxState.fresh("ana@gatehouse.test"));

        assertThat(plan).isEqualTo(new SendPlan.SendAt(ZonedDateTime.of(2026, 3, 9, 8, 0, 0, 0, BERLIN).toInstant()));
    }

    @Test
    void spacing_applies_inside_the_window() {
        Instant now = ZonedDateTime.of(2026, 3, 3, 11, 0, 0, 0, BERLIN).toInstant();
        MailboxState justSent = new MailboxState("ana@gatehouse.test", 3, now.minusSeconds(10), List.of(), null);

        SendPlan plan = planner(now).nextSendAt(BERLIN, justSent);

        assertThat(plan).isInstanceOfSatisfying(SendPlan.SendAt.class,
                at -> assertThat(at.at()).isBetween(now.plusSeconds(80), now.plusSeconds(140)));
    }

    @Test
    void tripped_breaker_pauses_instead_of_planning() {
        Instant now = Instant.parse("2026-03-03T10:00:00Z");
        List<MailboxState.RecentSend> bounces = List.of(new MailboxState.RecentSend(now.minusSeconds(300), true),
                new MailboxState.RecentSend(now.minusSeconds(200), true),
                new MailboxState.RecentSend(now.minusSeconds(100), true));

        SendPlan plan = planner(now).nextSendAt(BERLIN, new MailboxState("ana@gatehouse.test", 3, null, bounces, null));

        assertThat(plan).isInstanceOf(SendPlan.Paused.class);
    }
}
