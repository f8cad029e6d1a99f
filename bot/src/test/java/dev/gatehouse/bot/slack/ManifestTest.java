package dev.gatehouse.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Slack app manifest declares exactly what the bot registers, all on the one events URL. */
class ManifestTest {
    private static final String EVENTS_URL = "https://YOUR-HOST/slack/events";
    private static JsonNode manifest;

    @BeforeAll
    static void read() throws Exception {
        manifest = new ObjectMapper().readTree(Path.of("../manifest/manifest.json").toFile());
    }

    private static List<String> texts(JsonNode array, String field) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText()));
        return out;
    }

    @Test
    void declares_every_slash_command_the_bot_registers_and_no_other() {
        assertThat(texts(manifest.path("features").path("slash_commands"), "command"))
                .containsExactlyInAnyOrderElementsOf(SlashCommands.NAMES);
    }

    @Test
    void every_slash_command_posts_to_the_events_url_with_a_description() {
        for (var command : manifest.path("features").path("slash_commands")) {
            assertThat(command.path("url").asText()).as(command.path("command").asText()).isEqualTo(EVENTS_URL);
            assertThat(command.path("description").asText()).isNotBlank();
        }
    }

    @Test
    void subscribes_to_every_event_the_bot_handles_and_no_other() {
        var events = manifest.path("settings").path("event_subscriptions");
        assertThat(texts(events.path("bot_events"), null)).containsExactlyInAnyOrderElementsOf(HomeTab.EVENTS);
        assertThat(events.path("request_url").asText()).isEqualTo(EVENTS_URL);
    }

    @Test
    void interactivity_posts_to_the_events_url() {
        var interactivity = manifest.path("settings").path("interactivity");
        assertThat(interactivity.path("is_enabled").asBoolean()).isTrue();
        assertThat(interactivity.path("request_url").asText()).isEqualTo(EVENTS_URL);
    }

    @Test
    void asks_for_exactly_the_bot_scopes_the_called_methods_need_plus_commands() {
        assertThat(texts(manifest.path("oauth_config").path("scopes").path("bot"), null))
                .containsExactlyInAnyOrderElementsOf(Scopes.bot());
    }

    @Test
    void the_scope_table_needs_chat_write_usergroups_read_files_write_and_commands_only() {
        assertThat(Scopes.bot()).containsExactlyInAnyOrder("chat:write", "commands", "usergroups:read", "files:write");
    }

    @Test
    void uses_http_mode_and_the_home_tab_by_default() {
        assertThat(manifest.path("settings").path("socket_mode_enabled").asBoolean(true)).isFalse();
        assertThat(manifest.path("features").path("app_home").path("home_tab_enabled").asBoolean()).isTrue();
    }
}
