package dev.gatehouse.engine.customers;

import dev.gatehouse.engine.customers.CustomerFacts.ContactChange;
import dev.gatehouse.engine.customers.CustomerFacts.Person;
import dev.gatehouse.engine.customers.CustomerFacts.SurveyAnswer;
import dev.gatehouse.engine.customers.CustomerFacts.Ticket;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HealthScorerTest {
    private final HealthScorer scorer = new HealthScorer();
    private final LocalDate week = Series.FIRST.plusWeeks(15);

    @Test
    void a_steady_well_used_customer_with_a_happy_champion_is_healthy_and_every_point_names_its_rows() {
        var usage = new ArrayList<>(Series.weeks("weekly_active_users", 1, Series.noisy(16, 100)));
        usage.add(new CustomerFacts.UsageWeek(100, "seats_used", week, 45));
        var facts = new CustomerFacts(Series.customer(7, 50, week.plusDays(200)), usage, List.of(),
                List.of(new SurveyAnswer(3, 11L, SurveyKind.NPS, 9, "love it", Series.at(week))),
                List.of(new Person(11, "Dana Keller", "dana@acme.example", "VP Ops", CustomerRole.CHAMPION, null)), List.of());

        var health = scorer.score(facts, week);

        // usage 30 (flat) + seats 15 (90%) + tickets 15 + NPS 9: 20 + champion 10 + renewal 10
        assertThat(health.score()).isEqualTo(100);
        assertThat(health.band()).isEqualTo(HealthBand.HEALTHY);
        assertThat(health.points()).allSatisfy(p -> assertThat(p.sources()).isNotEmpty());
        assertThat(health.points()).filteredOn(p -> p.part().equals("seats")).singleElement()
                .satisfies(p -> {
                    assertThat(p.text()).isEqualTo("45 of 50 seats used (90%)");
                    assertThat(p.sources()).containsExactly(new Ref("usage", 100), Ref.customer(7));
                });
        assertThat(health.points()).filteredOn(p -> p.part().equals("usage")).singleElement()
                .satisfies(p -> assertThat(p.sources()).hasSize(16));
    }

    @Test
    void a_halved_usage_an_urgent_ticket_a_detractor_and_a_departed_champion_put_a_customer_at_risk() {
        var values = Series.noisy(16, 100);
        for (int i = 12; i < 16; i++) values[i] = 50;
        var facts = new CustomerFacts(Series.customer(7, 50, week.plusDays(20)), Series.weeks("weekly_active_users", 1, values),
                List.of(new Ticket(5, "T-1", TicketSeverity.URGENT, TicketStatus.OPEN, "Export broken", Series.at(week)),
                        new Ticket(6, "T-2", TicketSeverity.LOW, TicketStatus.SOLVED, "Typo", Series.at(week))),
                List.of(new SurveyAnswer(3, 11L, SurveyKind.NPS, 4, "slow", Series.at(week))),
                List.of(new Person(11, "Dana Keller", "dana@acme.example", "VP Ops", CustomerRole.CHAMPION, null)),
                List.of(new ContactChange(9, 11, JobChange.LEFT, null, Series.at(week))));

        var health = scorer.score(facts, week);

        // usage 0 (50%) + seats 7.5 (unknown) + tickets 7 + NPS 0 + champion 0 + renewal 3
        assertThat(health.score()).isEqualTo(18);
        assertThat(health.band()).isEqualTo(HealthBand.AT_RISK);
        assertThat(health.points()).extracting(Health.Point::text).contains(
                "weekly_active_users averaged 50 over the last 4 weeks, 50% of its baseline median 100 (12 weeks before)",
                "1 open ticket (1 urgent)", "NPS 4 of 10 on " + week, "Dana Keller (champion) left");
        assertThat(health.points()).filteredOn(p -> p.part().equals("champion")).singleElement()
                .satisfies(p -> assertThat(p.sources()).containsExactly(new Ref("job_change", 9), new Ref("contact", 11)));
    }

    @Test
    void a_week_in_the_past_is_scored_from_what_was_stored_by_then() {
        var values = Series.noisy(16, 100);
        for (int i = 12; i < 16; i++) values[i] = 50;
        var facts = Series.facts(Series.customer(7, 50, null), Series.weeks("weekly_active_users", 1, values));
        assertThat(scorer.score(facts, Series.FIRST.plusWeeks(11)).points().getFirst().points()).isEqualTo(30);
        assertThat(scorer.score(facts, week).points().getFirst().points()).isZero();
    }
}
