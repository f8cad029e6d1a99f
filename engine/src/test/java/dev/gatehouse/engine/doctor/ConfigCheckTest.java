package dev.gatehouse.engine.doctor;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The configuration part of doctor: every problem run would stop on, each with what to do. */
class ConfigCheckTest {
    @Test
    void every_problem_is_its_own_failure_with_advice() {
        var env = Map.of("SMTP_HOST", "smtp.example.com", "GATEHOUSE_UNSUBSCRIBE_SECRET", "short",
                "GATEHOUSE_LLM_PROVIDER", "gpt", "GATEHOUSE_DNS_SERVER", "dns server");

        var checks = ConfigCheck.check(env, List.of());

        assertThat(checks).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(Check.Status.FAIL);
            assertThat(c.name()).isEqualTo("config");
        });
        assertThat(checks).extracting(Check::detail).anySatisfy(d -> assertThat(d)
                        .contains("MAIL_FROM is required", "-> the mailbox that sends, with its name"))
                .anySatisfy(d -> assertThat(d).contains("GATEHOUSE_PUBLIC_URL is required", "-> the https address where"))
                .anySatisfy(d -> assertThat(d).contains("GATEHOUSE_UNSUBSCRIBE_SECRET must be at least 32", "openssl rand -hex 32"))
                .anySatisfy(d -> assertThat(d).contains("unknown provider 'gpt'", "-> none (the offline writer), openai"))
                .anySatisfy(d -> assertThat(d).contains("GATEHOUSE_DNS_SERVER must be a resolver address", "-> unset it"));
    }

    @Test
    void the_hosts_own_settings_are_read_too() {
        var checks = ConfigCheck.check(Map.of(), List.of(env -> {
            throw new dev.gatehouse.engine.config.ConfigException(List.of("SLACK_BOT_TOKEN is required"));
        }));

        assertThat(checks).singleElement().extracting(Check::detail).asString()
                .startsWith("SLACK_BOT_TOKEN is required -> copy the Bot User OAuth Token");
    }

    @Test
    void a_configuration_run_accepts_is_one_ok_line() {
        assertThat(ConfigCheck.check(Map.of(), List.of())).singleElement()
                .satisfies(c -> assertThat(c.line()).isEqualTo("OK    config    every setting run reads is present and valid"));
    }
}
