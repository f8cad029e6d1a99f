package dev.gatehouse.bot.config;

import dev.gatehouse.engine.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SlackSettingsTest {
    private static Map<String, String> valid() {
        var env = new HashMap<String, String>();
        env.put("SLACK_BOT_TOKEN", "xoxb-1-token");
        env.put("SLACK_SIGNING_SECRET", "signing-secret");
        env.put("GATEHOUSE_MANAGERS", "U0MGR");
        return env;
    }

    private static Map<String, String> without(String key) {
        var env = valid();
        env.remove(key);
        return env;
    }

    private static Map<String, String> with(String key, String value) {
        var env = valid();
        env.put(key, value);
        return env;
    }

    private static ConfigException failure(Map<String, String> env) {
        return catchThrowableOfType(ConfigException.class, () -> SlackSettings.fromEnv(env));
    }

    @Test
    void a_missing_bot_token_is_named() {
        assertThat(failure(without("SLACK_BOT_TOKEN")).problems()).singleElement().asString().contains("SLACK_BOT_TOKEN");
    }

    @Test
    void http_mode_without_a_signing_secret_is_named() {
        assertThat(failure(without("SLACK_SIGNING_SECRET")).problems()).singleElement().asString()
                .contains("SLACK_SIGNING_SECRET").contains("SLACK_APP_TOKEN");
    }

    @Test
    void a_port_that_is_not_a_number_is_named() {
        assertThat(failure(with("PORT", "http")).problems()).singleElement().asString().contains("PORT").contains("http");
    }

    @Test
    void a_port_out_of_range_is_named() {
        assertThat(failure(with("PORT", "70000")).problems()).singleElement().asString().contains("PORT");
    }

    @Test
    void every_problem_is_reported_at_once() {
        var env = without("SLACK_BOT_TOKEN");
        env.put("PORT", "-1");

        assertThat(failure(env).problems()).hasSize(2);
    }

    @Test
    void an_app_token_selects_socket_mode_without_a_signing_secret() {
        var env = without("SLACK_SIGNING_SECRET");
        env.put("SLACK_APP_TOKEN", "xapp-1-token");

        var settings = SlackSettings.fromEnv(env);

        assertThat(settings.mode()).isEqualTo(SlackSettings.Mode.SOCKET);
    }

    @Test
    void without_an_app_token_it_runs_over_http() {
        assertThat(SlackSettings.fromEnv(valid()).mode()).isEqualTo(SlackSettings.Mode.HTTP);
    }

    @Test
    void managers_and_reps_are_comma_separated_ids_with_blanks_trimmed() {
        var env = with("GATEHOUSE_MANAGERS", " U0MGR , ,U0LEAD,");
        env.put("GATEHOUSE_REPS", "U0REP1,  U0REP2 ");

        var settings = SlackSettings.fromEnv(env);

        assertThat(settings.managers()).containsExactlyInAnyOrder("U0MGR", "U0LEAD");
        assertThat(settings.reps()).containsExactlyInAnyOrder("U0REP1", "U0REP2");
    }

    @Test
    void a_user_group_id_is_accepted_as_managers() {
        var settings = SlackSettings.fromEnv(with("GATEHOUSE_MANAGERS", "S0SALESLEADS"));

        assertThat(settings.managers()).containsExactly("S0SALESLEADS");
    }

    @Test
    void no_managers_is_named() {
        assertThat(failure(with("GATEHOUSE_MANAGERS", " , ")).problems()).singleElement().asString()
                .contains("GATEHOUSE_MANAGERS");
    }

    @Test
    void secrets_are_masked_in_to_string() {
        var text = SlackSettings.fromEnv(valid()).toString();

        assertThat(text).doesNotContain("xoxb-1-token").doesNotContain("signing-secret");
    }

    @Test
    void a_metrics_token_too_short_to_be_safe_is_named() {
        assertThat(failure(with("GATEHOUSE_METRICS_TOKEN", "short")).problems()).singleElement().asString()
                .contains("GATEHOUSE_METRICS_TOKEN").doesNotContain("short");
    }

    @Test
    void the_metrics_token_is_read_and_masked_in_to_string() {
        var settings = SlackSettings.fromEnv(with("GATEHOUSE_METRICS_TOKEN", "scrape-token-0123456789"));

        assertThat(settings.metricsToken()).hasValue("scrape-token-0123456789");
        assertThat(settings.toString()).doesNotContain("scrape-token-0123456789").contains("metricsToken=****");
    }
}
