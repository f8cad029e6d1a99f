package dev.gatehouse.bot.slack;

import dev.gatehouse.engine.signals.SignalKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignalCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    @Test
    void reads_domain_kind_summary_and_a_trailing_url() {
        var parsed = SignalCommand.parse("fjord.example funding Closed a 12M seed round https://news.example.org/fjord", NOW);

        assertThat(parsed).isInstanceOfSatisfying(SignalCommand.Valid.class, v -> {
            assertThat(v.input().accountDomain()).isEqualTo("fjord.example");
            assertThat(v.input().kind()).isEqualTo(SignalKind.FUNDING);
            assertThat(v.input().summary()).isEqualTo("Closed a 12M seed round");
            assertThat(v.input().sourceUrl()).isEqualTo("https://news.example.org/fjord");
            assertThat(v.input().observedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void unwraps_links_slack_formatted_and_strips_scheme_and_www() {
        var parsed = SignalCommand.parse("<https://www.Fjord.example/about|fjord.example> news Opened a Lisbon office", NOW);

        assertThat(parsed).isInstanceOfSatisfying(SignalCommand.Valid.class, v -> {
            assertThat(v.input().accountDomain()).isEqualTo("fjord.example");
            assertThat(v.input().sourceUrl()).isNull();
        });
    }

    @Test
    void names_a_malformed_domain() {
        assertThat(SignalCommand.parse("fjord hiring Hiring two engineers", NOW))
                .isInstanceOfSatisfying(SignalCommand.Invalid.class, i -> assertThat(i.field()).isEqualTo("domain"));
    }

    @Test
    void a_url_alone_is_not_a_summary() {
        assertThat(SignalCommand.parse("fjord.example hiring https://jobs.example.org/1", NOW))
                .isInstanceOfSatisfying(SignalCommand.Invalid.class, i -> assertThat(i.field()).isEqualTo("summary"));
    }

    @Test
    void too_few_words_show_the_usage() {
        assertThat(SignalCommand.parse("fjord.example", NOW))
                .isInstanceOfSatisfying(SignalCommand.Invalid.class, i -> assertThat(i.problem()).contains("/signal <domain>"));
    }

    @Test
    void a_domain_longer_than_its_column_is_named() {
        var domain = ("a".repeat(60) + ".").repeat(5) + "example"; // 312 characters, each label valid

        assertThat(SignalCommand.parse(domain + " hiring Hiring two engineers", NOW))
                .isInstanceOfSatisfying(SignalCommand.Invalid.class, i -> assertThat(i.field()).isEqualTo("domain"));
    }

    @Test
    void a_link_longer_than_its_column_is_named() {
        var url = "https://news.example.org/" + "x".repeat(2048);

        assertThat(SignalCommand.parse("fjord.example hiring Hiring two engineers " + url, NOW))
                .isInstanceOfSatisfying(SignalCommand.Invalid.class, i -> assertThat(i.field()).isEqualTo("url"));
    }
}
