package dev.gatehouse.engine;

import dev.gatehouse.engine.outcomes.OutcomeCommand;
import dev.gatehouse.engine.outcomes.Stage;
import dev.gatehouse.engine.report.Funnel;
import dev.gatehouse.engine.report.ReportSettings;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static dev.gatehouse.engine.report.ReportSeed.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The week of Monday 2026-11-23 (UTC), seeded by hand. Five first emails:
 * a1 approved by a rep, sent, an interested reply, meeting held, qualified then won 5000;
 * a2 approved by Gatehouse (supervised), sent, bounced;
 * a3 edited and approved by a rep, sent, only an out-of-office and an unsubscribe came back;
 * a4 approved by a rep, sent, "not interested", the meeting was a no-show;
 * a5 drafted, still waiting. One more first email the week before does not count.
 */
class ReportsTest {
    private static final Instant TUESDAY = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final LocalDate WEEK = LocalDate.parse("2026-11-23");

    private Stores stores;
    private Reports reports;
    private long a1;

    @BeforeEach
    void seed() {
        stores = TestDatabase.freshStores();
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        reports = new Reports(stores, new ReportSettings(new BigDecimal("304.38"), ZoneId.of("UTC")), clock);
        a1 = account("a1.example", "U1", "saas");
        var a2 = account("a2.example", "U1", "saas");
        var a3 = account("a3.example", "U2", "fintech");
        var a4 = account("a4.example", "U2", "fintech");
        var a5 = account("a5.example", "U2", "saas");
        var t1 = firstEmail(a1, TUESDAY, "sent");
        decision(t1, "approve", "U1", TUESDAY.plus(Duration.ofMinutes(30)));
        sent(t1, TUESDAY.plus(Duration.ofHours(1)));
        reply(a1, t1, "interested", false, TUESDAY.plus(Duration.ofHours(5)));
        var meeting = meeting(a1, TUESDAY.plus(Duration.ofDays(1)), "held");
        var outcomes = new Outcomes(stores, clock);
        outcomes.recordForMeeting(meeting, Stage.QUALIFIED, "U1");
        outcomes.record(new OutcomeCommand("a1.example", Stage.WON, new BigDecimal("5000"), "signed", OutcomeCommand.Source.SLACK, "U1", null));
        var t2 = firstEmail(a2, TUESDAY, "sent");
        decision(t2, "approve", "gatehouse:supervised", TUESDAY);
        sent(t2, TUESDAY.plus(Duration.ofHours(1)));
        reply(a2, t2, "bounce", false, TUESDAY.plus(Duration.ofHours(2)));
        var t3 = firstEmail(a3, TUESDAY, "sent");
        edited(t3, "U2", "Hello there", "Hello world", TUESDAY.plus(Duration.ofHours(1)));
        decision(t3, "approve", "U2", TUESDAY.plus(Duration.ofHours(1)));
        sent(t3, TUESDAY.plus(Duration.ofHours(2)));
        reply(a3, t3, "out_of_office", true, TUESDAY.plus(Duration.ofHours(3)));
        reply(a3, t3, "unsubscribe", false, TUESDAY.plus(Duration.ofHours(4)));
        var t4 = firstEmail(a4, TUESDAY, "sent");
        decision(t4, "approve", "U2", TUESDAY.plus(Duration.ofHours(2)));
        sent(t4, TUESDAY.plus(Duration.ofHours(3)));
        reply(a4, t4, "not_interested", false, TUESDAY.plus(Duration.ofHours(6)));
        meeting(a4, TUESDAY.plus(Duration.ofDays(2)), "no_show");
        var t5 = firstEmail(a5, TUESDAY.plus(Duration.ofHours(4)), "pending_review");
        var earlier = firstEmail(a5, TUESDAY.minus(Duration.ofDays(7)), "rejected");
        rejected(earlier, "U2", "bad_timing", TUESDAY.minus(Duration.ofDays(7)));
        usage(TUESDAY, "1.50");
        usage(TUESDAY.minus(Duration.ofDays(7)), "9.00");
    }

    @Test
    void the_funnel_counts_each_step_once_with_honest_denominators() {
        var funnel = reports.week(WEEK).total();

        assertThat(funnel.drafted()).isEqualTo(5);
        assertThat(funnel.approvedByPerson()).as("system approvals are not human ones").isEqualTo(3);
        assertThat(funnel.sentWithoutPerson()).isEqualTo(1);
        assertThat(funnel.sent()).isEqualTo(4);
        assertThat(funnel.bounced()).isEqualTo(1);
        assertThat(funnel.delivered()).isEqualTo(3);
        assertThat(funnel.contactedAccounts()).isEqualTo(3);
        assertThat(funnel.replied()).as("a bounce, an auto-reply and an unsubscribe are not replies").isEqualTo(2);
        assertThat(funnel.positive()).isEqualTo(1);
        assertThat(funnel.meetingsHeld()).as("a no-show is not a meeting").isEqualTo(1);
        assertThat(funnel.qualified()).isEqualTo(1);
        assertThat(funnel.won()).isEqualTo(1);
        assertThat(funnel.wonAmount()).isEqualByComparingTo("5000");
        assertThat(funnel.replyRate().text()).isEqualTo("66.7% (2 of 3 delivered first emails)");
        assertThat(funnel.meetingRate().text()).isEqualTo("33.3% (1 of 3 contacted accounts)");
        assertThat(funnel.bounceRate().text()).isEqualTo("25.0% (1 of 4 sent first emails)");
    }

    @Test
    void the_funnel_splits_by_rep_and_by_segment() {
        var week = reports.week(WEEK);

        assertThat(week.byRep()).extracting(Funnel::group, Funnel::drafted, Funnel::delivered, Funnel::replied)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("U1", 2L, 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("U2", 3L, 2L, 1L));
        assertThat(week.bySegment()).extracting(Funnel::group, Funnel::drafted, Funnel::positive)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fintech", 2L, 0L),
                        org.assertj.core.groups.Tuple.tuple("saas", 3L, 1L));
    }

    @Test
    void the_gate_counts_drafts_people_decided_and_keeps_system_approvals_apart() {
        var gate = reports.week(WEEK).gate();

        assertThat(gate.decided()).isEqualTo(3);
        assertThat(gate.approved()).isEqualTo(2);
        assertThat(gate.edited()).isEqualTo(1);
        assertThat(gate.rejected()).as("last week's rejection is not this week's").isZero();
        assertThat(gate.systemApprovals()).isEqualTo(1);
        assertThat(gate.medianEditDistance()).as("'there' -> 'world'").isEqualTo(5);
        assertThat(gate.medianTimeToDecision()).as("30 min, 1 h, 2 h").isEqualTo(Duration.ofHours(1));
        assertThat(gate.queued()).isEqualTo(1);
        assertThat(gate.oldestQueued()).isEqualTo(Duration.between(TUESDAY.plus(Duration.ofHours(4)), NOW));
        assertThat(gate.approveRate().text()).isEqualTo("66.7% (2 of 3 drafts a person decided)");
    }

    @Test
    void the_gate_counts_sampled_supervised_sends_and_their_flag_rate_over_the_reviewed_ones() {
        var a6 = account("a6.example", "U1", "saas");
        // this week, five sent under supervised: three sampled (one flagged, one looks right, one not reviewed yet)
        supervised(firstEmail(a6, TUESDAY, "sent"), true, "flagged", TUESDAY);
        supervised(firstEmail(a6, TUESDAY, "sent"), true, "looks_right", TUESDAY);
        supervised(firstEmail(a6, TUESDAY, "sent"), true, null, TUESDAY);
        supervised(firstEmail(a6, TUESDAY, "sent"), false, null, TUESDAY);
        supervised(firstEmail(a6, TUESDAY, "sent"), false, null, TUESDAY);
        // the week before: sampled and flagged, not this week's
        supervised(firstEmail(a6, TUESDAY.minus(Duration.ofDays(7)), "sent"), true, "flagged", TUESDAY.minus(Duration.ofDays(7)));

        var samples = reports.week(WEEK).gate().samples();

        assertThat(samples.supervisedSent()).isEqualTo(5);
        assertThat(samples.sampled()).isEqualTo(3);
        assertThat(samples.reviewed()).isEqualTo(2);
        assertThat(samples.flagged()).isEqualTo(1);
        assertThat(samples.awaitingReview()).isEqualTo(1);
        assertThat(samples.sampleRate().text()).isEqualTo("60.0% (3 of 5 supervised sends)");
        assertThat(samples.flagRate().text()).as("an unreviewed sample is not in the denominator")
                .isEqualTo("50.0% (1 of 2 reviewed samples)");
        assertThat(reports.week(WEEK.minusWeeks(1)).gate().samples().flagRate().text())
                .isEqualTo("100.0% (1 of 1 reviewed samples)");
    }

    @Test
    void cost_per_qualified_opportunity_includes_the_fixed_monthly_cost() {
        var cost = reports.week(WEEK).cost();

        assertThat(cost.spend().llmUsd()).isEqualByComparingTo("1.50");
        assertThat(cost.fixedShare()).as("304.38 a month over 7 of 30.4375 days").isEqualByComparingTo("70.00");
        assertThat(cost.spend().drafts()).isEqualTo(5);
        assertThat(cost.spend().touchesSent()).isEqualTo(4);
        assertThat(cost.spend().repliesHandled()).isEqualTo(2);
        assertThat(cost.spend().meetingsHeld()).isEqualTo(1);
        assertThat(cost.spend().qualifiedOpportunities()).isEqualTo(1);
        assertThat(cost.per(cost.spend().qualifiedOpportunities())).hasValue(new BigDecimal("71.50"));
        assertThat(cost.per(cost.spend().touchesSent())).hasValue(new BigDecimal("17.88"));
    }

    @Test
    void an_empty_week_has_no_rates_and_no_division_by_zero() {
        var week = reports.week(LocalDate.parse("2026-12-07"));

        assertThat(week.total().drafted()).isZero();
        assertThat(week.total().replyRate().value()).isNaN();
        assertThat(week.total().replyRate().text()).isEqualTo("– (no delivered first emails)");
        assertThat(week.gate().approveRate().value()).isNaN();
        assertThat(week.gate().medianTimeToDecision()).isZero();
        assertThat(week.gate().samples().flagRate().value()).isNaN();
        assertThat(week.gate().samples().flagRate().text()).isEqualTo("– (no reviewed samples)");
        assertThat(week.cost().per(week.cost().spend().qualifiedOpportunities())).isEmpty();
        assertThat(week.byRep()).isEmpty();
    }

    @Test
    void the_week_is_read_in_the_team_time_zone() {
        var tokyo = new Reports(stores, new ReportSettings(BigDecimal.ZERO, ZoneId.of("Asia/Tokyo")),
                Clock.fixed(NOW, ZoneOffset.UTC));
        // 2026-11-23T00:00 in Tokyo is Sunday 15:00 UTC: the week runs to the next Sunday 15:00 UTC
        var week = tokyo.week(WEEK);

        assertThat(week.from()).isEqualTo(Instant.parse("2026-11-22T15:00:00Z"));
        assertThat(week.total().drafted()).isEqualTo(5);
    }
}
