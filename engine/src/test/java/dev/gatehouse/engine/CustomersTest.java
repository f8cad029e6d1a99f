package dev.gatehouse.engine;

import dev.gatehouse.engine.customers.AnomalyDirection;
import dev.gatehouse.engine.customers.EscalationCategory;
import dev.gatehouse.engine.customers.HealthBand;
import dev.gatehouse.engine.customers.Ref;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static dev.gatehouse.engine.CustomerFixture.item;
import static org.assertj.core.api.Assertions.assertThat;

class CustomersTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 6, 1); // a Monday
    private static final double[] WOBBLE = {0, 3, -2, 4, -4, 1, -3, 2, -1, 3, -2, 0};
    private final CustomerFixture f = new CustomerFixture(FIRST.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));

    private void customer() {
        f.ingest(item("customer", "acme.example", "name", "Acme", "arr", "48000", "seats", "50",
                        "renewal_date", "2027-03-01", "csm_slack_id", "U0CSM0001"),
                item("contact", "acme.example", "contact_email", "dana@acme.example", "first_name", "Dana", "role", "champion"));
    }

    /** Sends week {@code i}'s value on the Tuesday of that week, as a weekly usage export would. */
    private void week(int i, double value) {
        var monday = FIRST.plusWeeks(i);
        f.clock.set(monday.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        f.ingest(item("usage", "acme.example", "metric", "weekly_active_users", "value", Double.toString(value),
                "period", monday.plusDays(1).toString()));
    }

    @Test
    void a_step_drop_is_posted_to_the_csm_once_and_the_weeks_after_it_are_grouped() {
        customer();
        for (int i = 0; i < 12; i++) week(i, 100 + WOBBLE[i]);
        for (int i = 12; i < 18; i++) week(i, 50);

        assertThat(f.notifier.anomalies).singleElement().satisfies(alert -> {
            assertThat(alert.anomaly().direction()).isEqualTo(AnomalyDirection.DROP);
            assertThat(alert.anomaly().firstWeek()).isEqualTo(FIRST.plusWeeks(12));
            assertThat(alert.anomaly().value()).isEqualTo(50);
            assertThat(alert.customer().csmSlackId()).isEqualTo("U0CSM0001");
        });
        var stored = f.stores.customerAlerts().anomalies(f.notifier.anomalies.getFirst().customer().accountId());
        assertThat(stored).singleElement().satisfies(a -> assertThat(a.occurrences()).isEqualTo(4));
    }

    @Test
    void noise_posts_nothing_and_a_spike_is_posted_as_growth() {
        customer();
        for (int i = 0; i < 20; i++) week(i, 100 + WOBBLE[i % 12]);
        assertThat(f.notifier.anomalies).isEmpty();

        week(20, 260);
        assertThat(f.notifier.anomalies).singleElement()
                .satisfies(a -> assertThat(a.anomaly().direction()).isEqualTo(AnomalyDirection.SPIKE));
    }

    @Test
    void health_is_kept_per_week_and_each_point_names_rows_that_exist() {
        customer();
        for (int i = 0; i < 12; i++) week(i, 100 + WOBBLE[i]);
        for (int i = 12; i < 16; i++) week(i, 50);

        var history = f.customers.history("acme.example");
        assertThat(history).hasSize(16);
        assertThat(history.get(11).band()).isEqualTo(HealthBand.HEALTHY);
        var last = history.getLast();
        assertThat(last.points().getFirst().points()).isZero();
        assertThat(last.score()).isLessThan(history.get(11).score());
        for (var point : last.points()) {
            for (Ref ref : point.sources()) {
                assertThat(ref.table()).isIn("usage", "customer", "contact");
            }
        }
    }

    @Test
    void an_angry_ticket_reaches_the_csm_at_once_and_the_managers_only_after_the_window() {
        customer();
        f.ingest(item("ticket", "acme.example", "external_id", "Z-77", "severity", "high", "status", "open",
                "subject", "Export broken again", "body", "This is unacceptable, we are looking at alternatives."));

        assertThat(f.notifier.toCsm).singleElement().satisfies(e ->
                assertThat(e.escalation().category()).isEqualTo(EscalationCategory.CANCELLATION));
        f.clock.advance(Duration.ofMinutes(14));
        f.customers.sweep();
        assertThat(f.notifier.toManagers).isEmpty();

        f.clock.advance(Duration.ofMinutes(2));
        f.customers.sweep();
        f.customers.sweep();
        assertThat(f.notifier.toManagers).singleElement();
    }

    @Test
    void an_acknowledged_escalation_never_reaches_the_managers_and_a_calm_ticket_is_no_escalation() {
        customer();
        f.ingest(item("ticket", "acme.example", "external_id", "Z-1", "severity", "low", "status", "open",
                "subject", "How do I export to CSV?"),
                item("ticket", "acme.example", "external_id", "Z-2", "severity", "urgent", "status", "open",
                        "subject", "Security incident", "body", "We think our account was compromised."));
        assertThat(f.notifier.toCsm).singleElement().satisfies(e ->
                assertThat(e.escalation().category()).isEqualTo(EscalationCategory.SECURITY));

        var id = f.notifier.toCsm.getFirst().escalation().id();
        assertThat(f.customers.acknowledgeEscalation(id, "U0CSM0001")).isInstanceOf(Customers.Acknowledged.Done.class);
        assertThat(f.customers.acknowledgeEscalation(id, "U0OTHER01")).isEqualTo(new Customers.Acknowledged.Already("U0CSM0001"));
        f.clock.advance(Duration.ofHours(2));
        f.customers.sweep();
        assertThat(f.notifier.toManagers).isEmpty();
    }
}
