package dev.gatehouse.engine.scoring;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IcpScorerTest {
    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    private final Icp icp = new Icp(3, List.of("Logistics", "Cold chain"), 100, 2000, List.of("Nordics", "DACH"),
            List.of("SAP", "Snowflake", "Kafka"),
            List.of(new Icp.Persona("Ops leader", List.of("operations", "supply chain"), List.of())),
            new Icp.Exclusions(List.of("blocked.example"), List.of("rivalfreight.example"), List.of("Frostline AB")),
            Map.of(), Duration.ofDays(20), 40, "Mid-sized logistics operators moving temperature-sensitive goods");
    private final IcpScorer scorer = new IcpScorer(icp);

    private static Account account(String domain, String name, String industry, Integer employees, String region,
                                   List<String> technologies) {
        return new Account(7, domain, name, industry, employees, region, null, technologies, null, "U1");
    }

    private static Account fitting() {
        return account("polarhaul.example", "Polar Haul", "logistics", 450, "Nordics", List.of("sap", "kafka"));
    }

    private static Signal signal(SignalKind kind, Duration age) {
        return new Signal(1, 7, null, kind, kind.wire() + " seen", "https://news.example/1", NOW.minus(age));
    }

    @Test
    void matching_account_scores_above_non_matching_one() {
        var other = account("candyshop.example", "Candy Shop", "Retail", 12, "LATAM", List.of("shopify"));

        var matching = scorer.score(fitting(), List.of(), NOW);
        var nonMatching = scorer.score(other, List.of(), NOW);

        assertThat(matching.total()).isGreaterThan(nonMatching.total() + 30);
        assertThat(matching.reasons()).extracting(Score.Reason::text).anyMatch(t -> t.startsWith("Industry logistics matches ICP: +"));
        assertThat(nonMatching.reasons()).extracting(Score.Reason::text).contains("Industry Retail not in ICP: +0");
    }

    @Test
    void existing_customer_scores_zero_with_reason() {
        var customer = account("frostline.example", "Frostline AB", "logistics", 450, "Nordics", List.of("sap"));

        var score = scorer.score(customer, List.of(signal(SignalKind.FUNDING, Duration.ofDays(1))), NOW);

        assertThat(score.total()).isZero();
        assertThat(score.reasons()).singleElement().satisfies(r -> {
            assertThat(r.part()).isEqualTo("exclusion");
            assertThat(r.text()).contains("Existing customer");
        });
    }

    @Test
    void competitor_and_excluded_subdomain_score_zero() {
        var competitor = account("https://www.RivalFreight.example/about", "Rival", "logistics", 450, "DACH", List.of());
        var subdomain = account("eu.blocked.example", "Blocked EU", "logistics", 450, "DACH", List.of());

        var competitorScore = scorer.score(competitor, List.of(), NOW);
        var subdomainScore = scorer.score(subdomain, List.of(), NOW);

        assertThat(competitorScore.total()).isZero();
        assertThat(competitorScore.reasons().getFirst().text()).startsWith("Competitor rivalfreight.example");
        assertThat(subdomainScore.total()).isZero();
        assertThat(subdomainScore.reasons().getFirst().text()).contains("is excluded");
    }

    @Test
    void fresh_signal_outweighs_the_same_signal_three_half_lives_old() {
        var fresh = scorer.score(fitting(), List.of(signal(SignalKind.HIRING, Duration.ofDays(2))), NOW);
        var old = scorer.score(fitting(), List.of(signal(SignalKind.HIRING, Duration.ofDays(60))), NOW);

        assertThat(fresh.signal()).isGreaterThan(old.signal() * 4);
        assertThat(old.reasons()).extracting(Score.Reason::text)
                .anyMatch(t -> t.startsWith("Hiring 60 days ago (weight 0.7 × decay 0.13): +"));
    }

    @Test
    void breakdown_points_add_up_to_the_total() {
        var contact = new Contact(1, 7, "ana@polarhaul.example", "Ana", "Berg", "Head of Operations", "director",
                null, null);
        var signals = List.of(signal(SignalKind.FUNDING, Duration.ofDays(12)), signal(SignalKind.NEWS, Duration.ofDays(3)),
                signal(SignalKind.TECH_ADOPTION, Duration.ofDays(40)));

        var score = scorer.score(fitting(), contact, signals, OptionalDouble.of(0.6), NOW);

        double sum = score.reasons().stream().mapToDouble(Score.Reason::points).sum();
        assertThat(sum).isCloseTo(score.fit() + score.signal() + score.semantic(), within(1e-9));
        assertThat((double) score.total()).isCloseTo(sum, within(0.5));
        assertThat(score.reasons()).extracting(Score.Reason::part).contains("fit", "signal", "semantic");
    }

    @Test
    void each_further_signal_adds_fewer_points() {
        var signals = new ArrayList<Signal>();
        var gains = new ArrayList<Double>();
        double previous = 0;
        for (int i = 0; i < 6; i++) {
            signals.add(signal(SignalKind.INTENT, Duration.ofDays(1)));
            double points = scorer.score(fitting(), signals, NOW).signal();
            gains.add(points - previous);
            previous = points;
        }

        for (int i = 1; i < gains.size(); i++) assertThat(gains.get(i)).isLessThan(gains.get(i - 1));
        assertThat(previous).isLessThan(IcpScorer.SIGNALS * 100 / 75);
    }

    @Test
    void many_signals_fold_into_one_reason_line() {
        var signals = new ArrayList<Signal>();
        for (int i = 0; i < 20; i++) signals.add(signal(SignalKind.NEWS, Duration.ofDays(i)));

        var score = scorer.score(fitting(), signals, NOW);

        var signalReasons = score.reasons().stream().filter(r -> r.part().equals("signal")).toList();
        assertThat(signalReasons).hasSize(SignalScoring.LISTED_SIGNALS + 1);
        assertThat(signalReasons.getLast().text()).startsWith("15 more weaker signals");
        assertThat(signalReasons.stream().mapToDouble(Score.Reason::points).sum()).isCloseTo(score.signal(), within(1e-9));
    }

    @Test
    void contact_matching_a_persona_adds_points() {
        var ops = new Contact(1, 7, "a@polarhaul.example", "Ana", null, "VP Supply Chain", null, null, null);
        var intern = new Contact(2, 7, "b@polarhaul.example", "Bo", null, "Marketing Intern", null, null, null);

        var matched = scorer.score(fitting(), ops, List.of(), OptionalDouble.empty(), NOW);
        var unmatched = scorer.score(fitting(), intern, List.of(), OptionalDouble.empty(), NOW);

        assertThat(matched.fit()).isGreaterThan(unmatched.fit());
        assertThat(matched.reasons()).extracting(Score.Reason::text)
                .anyMatch(t -> t.startsWith("Title 'VP Supply Chain' matches persona Ops leader"));
    }

    @Test
    void criterion_the_icp_leaves_open_neither_rewards_nor_punishes() {
        var openRegions = new IcpScorer(new Icp(1, List.of("logistics"), 100, 2000, List.of(), List.of(), List.of(),
                null, null, null, 0, null));
        var nordic = account("a.example", "A", "logistics", 300, "Nordics", List.of());
        var latam = account("b.example", "B", "logistics", 300, "LATAM", List.of());

        var nordicScore = openRegions.score(nordic, List.of(), NOW);
        var latamScore = openRegions.score(latam, List.of(), NOW);

        assertThat(nordicScore.total()).isEqualTo(latamScore.total());
        assertThat(nordicScore.fit()).isCloseTo(100.0 * 25 / 55, within(1e-9));
    }
}
