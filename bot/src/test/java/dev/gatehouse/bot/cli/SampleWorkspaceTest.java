package dev.gatehouse.bot.cli;

import dev.gatehouse.bot.cli.SampleWorkspace.SampleAccount;
import dev.gatehouse.bot.cli.SampleWorkspace.SampleSignal;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.scoring.IcpScorer;
import dev.gatehouse.engine.scoring.Score;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.SignalKind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleWorkspaceTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private final SampleWorkspace sample = SampleWorkspace.load();

    private List<SampleSignal> allSignals() {
        return sample.accounts().stream().flatMap(a -> a.signals().stream()).toList();
    }

    private Score score(SampleAccount sampleAccount) {
        var signals = sampleAccount.signalInputs(NOW).stream()
                .map(in -> new Signal(0, 0, null, in.kind(), in.summary(), in.sourceUrl(), in.observedAt())).toList();
        return new IcpScorer(sample.icp()).score(sampleAccount.account(), signals, NOW);
    }

    @Test
    void loads_the_icp_and_offer() {
        assertThat(sample.icp().version()).isEqualTo(1);
        assertThat(sample.icp().signalHalfLife()).isEqualTo(Duration.ofDays(30));
        assertThat(sample.icp().personas()).hasSizeBetween(2, 3);
        assertThat(sample.offer().proofPoints()).hasSizeBetween(3, 4);
        assertThat(sample.offer().customers()).hasSizeBetween(2, 3);
        assertThat(sample.offer().senderName()).isNotBlank();
    }

    @Test
    void has_at_least_24_accounts_across_8_industries() {
        assertThat(sample.accounts()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(sample.accounts().stream().map(a -> a.account().industry()).collect(Collectors.toSet()))
                .hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void covers_every_region_and_sizes_from_10_to_5000() {
        var accounts = sample.accounts().stream().map(SampleAccount::account).toList();

        assertThat(accounts).extracting(a -> a.region()).contains("EMEA", "NA", "APAC");
        assertThat(accounts).allSatisfy(a -> assertThat(a.employees()).isBetween(10, 5000));
        assertThat(accounts.stream().mapToInt(a -> a.employees()).min().orElseThrow()).isLessThan(50);
        assertThat(accounts.stream().mapToInt(a -> a.employees()).max().orElseThrow()).isGreaterThan(1000);
    }

    @Test
    void every_signal_kind_appears() {
        var kinds = allSignals().stream().map(SampleSignal::kind).collect(Collectors.toSet());

        assertThat(kinds).isEqualTo(EnumSet.allOf(SignalKind.class));
    }

    @Test
    void every_contact_email_is_at_its_account_domain() {
        assertThat(sample.accounts()).allSatisfy(a -> assertThat(a.contacts()).isNotEmpty().hasSizeLessThanOrEqualTo(3)
                .allSatisfy(c -> assertThat(c.email()).endsWith("@" + a.account().domain())));
    }

    @Test
    void signal_contacts_are_people_at_that_account() {
        assertThat(sample.accounts()).allSatisfy(a -> {
            var emails = a.contacts().stream().map(Contact::email).collect(Collectors.toSet());
            assertThat(a.signals()).allSatisfy(s -> {
                if (s.contactEmail() != null) assertThat(emails).contains(s.contactEmail());
            });
        });
    }

    @Test
    void every_signal_has_a_unique_id() {
        var ids = allSignals().stream().map(SampleSignal::id).toList();

        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    }

    @Test
    void signals_are_recent_and_link_only_to_example_hosts() {
        assertThat(sample.accounts()).allSatisfy(a -> assertThat(a.signals()).hasSizeLessThanOrEqualTo(4));
        assertThat(allSignals()).allSatisfy(s -> {
            assertThat(s.observedDaysAgo()).isBetween(1, 90);
            assertThat(URI.create(s.sourceUrl()).getHost()).isIn("example.com", "example.org");
        });
    }

    @Test
    void domains_are_reserved_example_names_with_demo_owners() {
        assertThat(sample.accounts()).extracting(SampleAccount::account).allSatisfy(a -> {
            assertThat(a.domain()).endsWith(".example");
            assertThat(a.ownerSlackId()).startsWith("U0DEMOREP");
            assertThat(a.id()).isZero();
        });
    }

    @Test
    void icp_excludes_a_sample_customer_and_a_sample_competitor() {
        var excluded = sample.accounts().stream()
                .filter(a -> score(a).reasons().stream().anyMatch(r -> r.part().equals("exclusion")))
                .map(a -> a.account().domain()).toList();

        assertThat(excluded).containsAll(sample.icp().exclusions().customers())
                .containsAll(sample.icp().exclusions().competitors()).isNotEmpty();
    }

    @Test
    void about_half_of_the_accounts_qualify() {
        var scorer = new IcpScorer(sample.icp());
        long qualifying = sample.accounts().stream().filter(a -> scorer.qualifies(score(a))).count();

        assertThat((double) qualifying / sample.accounts().size()).isBetween(0.35, 0.65);
    }

    @Test
    void to_input_gives_a_dedupe_key_stable_across_calls() {
        var signal = allSignals().getFirst();

        var first = signal.toInput("acme.example", "Acme", NOW);
        var later = signal.toInput("acme.example", "Acme", NOW.plus(Duration.ofDays(3)));

        assertThat(later.dedupeKey()).isEqualTo(first.dedupeKey()).isEqualTo("sample:" + signal.id());
    }

    @Test
    void to_input_dates_the_signal_relative_to_now() {
        var signal = new SampleSignal("s-1", SignalKind.NEWS, "Opened a plant", "https://example.com/a", 5, null);

        SignalInput input = signal.toInput("acme.example", "Acme", NOW);

        assertThat(input.observedAt()).isEqualTo(NOW.minus(Duration.ofDays(5)));
        assertThat(input.source()).isEqualTo("sample");
    }

    @Test
    void unknown_signal_kind_in_the_file_is_rejected() {
        var json = """
                {"icp": {"version": 1, "industries": [], "min_employees": 1, "max_employees": 10, "regions": [],
                 "technologies": [], "personas": [], "exclusions": null, "signal_weights": {},
                 "signal_half_life_days": 30, "min_score": 40, "description": ""},
                 "offer": {"product": "P", "value_prop": "V"},
                 "accounts": [{"domain": "a.example", "name": "A", "contacts": [],
                   "signals": [{"id": "x", "kind": "gossip", "summary": "s", "observed_days_ago": 1}]}]}
                """;

        assertThatThrownBy(() -> SampleWorkspace.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasStackTraceContaining("gossip");
    }
}
