package dev.gatehouse.engine.research;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResearcherTest {
    static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
    static final Account GLASSWORKS = new Account(9, "glassworks.example", "Glassworks Studio", "Design software", 85,
            "Europe", "NL", List.of("Figma", "HubSpot"), null, "U9");
    static final Contact PIA = new Contact(90, 9, "pia@glassworks.example", "Pia", "Berg", "Head of Finance", null,
            null, null);
    private final Researcher researcher = new Researcher();

    static Signal signal(long id, SignalKind kind, String summary, int daysAgo) {
        return new Signal(id, 9, null, kind, summary, "https://feed.example.net/" + id, NOW.minus(Duration.ofDays(daysAgo)));
    }

    @Test
    void signal_facts_restate_the_summary_and_point_to_their_signal() {
        var funding = signal(1, SignalKind.FUNDING, "Glassworks Studio raised a $5M seed round.", 3);

        var facts = researcher.research(GLASSWORKS, PIA, List.of(funding), NOW);

        assertThat(facts.getFirst()).isEqualTo(new Fact("funding", "Glassworks Studio raised a $5M seed round", List.of(1L)));
    }

    @Test
    void facts_of_the_same_kind_are_ordered_newest_first() {
        var older = signal(1, SignalKind.HIRING, "Glassworks Studio is hiring a payroll specialist", 20);
        var newest = signal(2, SignalKind.HIRING, "Glassworks Studio is hiring two designers in Utrecht", 1);
        var middle = signal(3, SignalKind.HIRING, "Glassworks Studio posted a role for an office manager", 8);

        var facts = researcher.research(GLASSWORKS, PIA, List.of(older, newest, middle), NOW);

        assertThat(facts.stream().filter(f -> !f.signalIds().isEmpty()).map(f -> f.signalIds().getFirst()))
                .containsExactly(2L, 3L, 1L);
    }

    @Test
    void a_strong_kind_leads_a_weak_kind_of_the_same_age() {
        var news = signal(1, SignalKind.NEWS, "Glassworks Studio won a regional design award", 2);
        var funding = signal(2, SignalKind.FUNDING, "Glassworks Studio raised a $5M seed round", 2);

        var facts = researcher.research(GLASSWORKS, PIA, List.of(news, funding), NOW);

        assertThat(facts.getFirst().topic()).isEqualTo("funding");
    }

    @Test
    void near_duplicate_signals_become_one_fact_citing_both() {
        var first = signal(1, SignalKind.FUNDING, "Glassworks Studio raised a $5M seed round from Dunmore Capital", 2);
        var echo = signal(2, SignalKind.FUNDING, "Glassworks Studio has raised a $5M seed round, from Dunmore Capital", 4);

        var facts = researcher.research(GLASSWORKS, PIA, List.of(echo, first), NOW);

        assertThat(facts.stream().filter(f -> f.topic().equals("funding")))
                .singleElement().satisfies(f -> assertThat(f.signalIds()).containsExactly(1L, 2L));
    }

    @Test
    void similar_signals_with_different_amounts_stay_apart() {
        var first = signal(1, SignalKind.FUNDING, "Glassworks Studio raised a $5M seed round", 2);
        var other = signal(2, SignalKind.FUNDING, "Glassworks Studio raised a $8M seed round", 4);

        var facts = researcher.research(GLASSWORKS, PIA, List.of(first, other), NOW);

        assertThat(facts.stream().filter(f -> f.topic().equals("funding"))).hasSize(2);
    }

    @Test
    void company_facts_come_from_the_account_without_signal_ids_after_signal_facts() {
        var news = signal(1, SignalKind.NEWS, "Glassworks Studio won a regional design award", 2);

        var facts = researcher.research(GLASSWORKS, PIA, List.of(news), NOW);

        assertThat(facts.getFirst().topic()).isEqualTo("news");
        assertThat(facts.subList(1, facts.size())).isNotEmpty()
                .allSatisfy(f -> assertThat(f.topic()).isEqualTo("company"))
                .allSatisfy(f -> assertThat(f.signalIds()).isEmpty())
                .anySatisfy(f -> assertThat(f.statement()).contains("Design software"));
    }

    @Test
    void ignores_signals_of_other_accounts_and_other_contacts() {
        var otherAccount = new Signal(1, 8, null, SignalKind.FUNDING, "Someone else raised money", null, NOW);
        var otherContact = new Signal(2, 9, 91L, SignalKind.JOB_CHANGE, "Sam Lee joined as CTO", null, NOW);
        var ours = new Signal(3, 9, 90L, SignalKind.JOB_CHANGE, "Pia Berg started as Head of Finance", null, NOW);

        var facts = researcher.research(GLASSWORKS, PIA, List.of(otherAccount, otherContact, ours), NOW);

        assertThat(facts.stream().flatMap(f -> f.signalIds().stream())).containsExactly(3L);
    }

    @Test
    void every_signal_kind_has_its_own_topic() {
        assertThat(java.util.Arrays.stream(SignalKind.values()).map(Researcher::topicOf))
                .containsExactly("funding", "hiring", "role", "usage", "support", "tech", "news", "intent");
    }
}
