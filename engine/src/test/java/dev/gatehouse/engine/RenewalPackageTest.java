package dev.gatehouse.engine;

import dev.gatehouse.engine.customers.PackageVerifier;
import dev.gatehouse.engine.customers.Ref;
import dev.gatehouse.engine.customers.RenewalPackage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static dev.gatehouse.engine.CustomerFixture.item;
import static org.assertj.core.api.Assertions.assertThat;

class RenewalPackageTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 6, 1); // a Monday
    private static final LocalDate TODAY = FIRST.plusWeeks(16).plusDays(1); // a Tuesday
    private final CustomerFixture f = new CustomerFixture(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600));

    private void seed() {
        f.ingest(item("customer", "acme.example", "name", "Acme", "arr", "48000", "seats", "50", "contract_start", "2026-06-01",
                        "renewal_date", TODAY.plusDays(30).toString(), "csm_slack_id", "U0CSM0001"),
                item("contact", "acme.example", "contact_email", "dana@acme.example", "first_name", "Dana", "last_name", "Keller",
                        "title", "VP Ops", "role", "champion"),
                item("contact", "acme.example", "contact_email", "raj@acme.example", "first_name", "Raj", "role", "economic_buyer"),
                item("survey", "acme.example", "external_id", "s1", "survey", "nps", "score", "6", "comment", "Slower lately",
                        "contact_email", "dana@acme.example"),
                item("ticket", "acme.example", "external_id", "T-9", "severity", "high", "status", "open", "subject", "Export times out"),
                item("usage", "acme.example", "metric", "seats_used", "value", "46", "period", TODAY.toString()));
        var usage = new ArrayList<java.util.Map<String, String>>();
        for (int i = 0; i < 17; i++) {
            usage.add(item("usage", "acme.example", "metric", "weekly_active_users", "value", i < 13 ? "100" : "60",
                    "period", FIRST.plusWeeks(i).toString()));
            usage.add(item("usage", "acme.example", "metric", "reports_run", "value", Integer.toString(i < 13 ? 200 : 300 + i),
                    "period", FIRST.plusWeeks(i).toString()));
        }
        f.ingest(usage.toArray(java.util.Map[]::new));
    }

    @Test
    void every_statement_names_stored_rows_and_its_numbers_are_found_in_them() {
        seed();
        var renewal = f.customers.renewalPackage("acme.example").orElseThrow();

        assertThat(renewal.sections()).extracting(RenewalPackage.Section::title)
                .containsExactly("Usage report", "ROI proof", "Risk", "Expansion", "Decision-maker map");
        assertThat(renewal.sections()).allSatisfy(s -> assertThat(s.statements()).isNotEmpty());
        assertThat(renewal.statements()).allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
        assertThat(renewal.statements()).extracting(RenewalPackage.Statement::text).contains(
                "weekly_active_users averaged 60 over the last 4 weeks, 60% of the median 100 of the 12 weeks before",
                "46 of 50 seats used (92%): near the limit, room for more seats",
                "Open high ticket T-9: Export times out",
                "ARR 48000 for 50 seats: 960 per seat per year");
        assertThat(renewal.statements()).anySatisfy(s -> assertThat(s.text())
                .startsWith("Dana Keller, VP Ops — champion; last touch none recorded; NPS 6"));
        assertThat(renewal.statements()).anySatisfy(s -> assertThat(s.text()).startsWith("reports_run is growing"));
        var facts = f.customers.facts("acme.example").orElseThrow();
        var health = f.customers.history("acme.example").getLast();
        assertThat(new PackageVerifier().verify(renewal, facts, health)).isEmpty();
    }

    @Test
    void the_verifier_catches_a_number_not_in_the_rows_and_a_row_of_another_customer() {
        seed();
        f.ingest(item("customer", "other.example", "arr", "1000"),
                item("usage", "other.example", "metric", "weekly_active_users", "value", "7"));
        var renewal = f.customers.renewalPackage("acme.example").orElseThrow();
        var facts = f.customers.facts("acme.example").orElseThrow();
        var otherUsage = f.customers.facts("other.example").orElseThrow().usage().getFirst().ref();
        var tampered = new RenewalPackage(renewal.customer(), renewal.assembledOn(), List.of(new RenewalPackage.Section("Usage report",
                List.of(new RenewalPackage.Statement("46 of 55 seats used", renewal.sections().get(3).statements().getFirst().sources()),
                        new RenewalPackage.Statement("weekly_active_users was 7", List.of(otherUsage))))), renewal.usage());

        var problems = new PackageVerifier().verify(tampered, facts, f.customers.history("acme.example").getLast());

        assertThat(problems).extracting(PackageVerifier.Problem::problem)
                .containsExactlyInAnyOrder("55 is not in its rows", otherUsage + " is not a stored row of this customer",
                        "7 is not in its rows");
    }

    @Test
    void the_overnight_job_posts_each_package_once_and_only_at_night() {
        seed();
        f.clock.set(TODAY.atTime(14, 0).toInstant(ZoneOffset.UTC));
        f.customers.sweep();
        assertThat(f.notifier.packages).isEmpty();

        f.clock.set(TODAY.plusDays(1).atTime(2, 0).toInstant(ZoneOffset.UTC));
        f.customers.sweep();
        f.clock.advance(Duration.ofMinutes(30));
        f.customers.sweep();

        assertThat(f.notifier.packages).singleElement().satisfies(p -> {
            assertThat(p.customer().domain()).isEqualTo("acme.example");
            assertThat(p.statements()).isNotEmpty();
        });
    }

    @Test
    void the_weekly_digest_goes_to_each_csm_once_on_monday_with_bands_movers_and_renewals() {
        seed();
        f.ingest(item("customer", "calm.example", "arr", "12000", "csm_slack_id", "U0CSM0002"));
        var monday = FIRST.plusWeeks(17);
        f.clock.set(monday.atTime(8, 0).toInstant(ZoneOffset.UTC));
        f.customers.sweep();
        f.customers.sweep();

        assertThat(f.notifier.digests).extracting(d -> d.csmSlackId()).containsExactlyInAnyOrder("U0CSM0001", "U0CSM0002");
        var acme = f.notifier.digests.stream().filter(d -> d.csmSlackId().equals("U0CSM0001")).findFirst().orElseThrow();
        assertThat(acme.customers()).singleElement().satisfies(e -> assertThat(e.customer().domain()).isEqualTo("acme.example"));
        assertThat(acme.renewals()).hasSize(1);
        assertThat(f.customers.history("acme.example")).extracting(h -> h.week()).contains(monday);
        assertThat(new Ref("health", 1).toString()).isEqualTo("health:1");
    }
}
