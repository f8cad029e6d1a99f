package dev.gatehouse.bot.http;

import dev.gatehouse.bot.slack.SlackRequests;
import dev.gatehouse.engine.config.Json;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which requests are stored in the durable inbox before their ack: decided on the parsed payload,
 * so a click whose JSON is spaced or ordered differently from Slack's usual bytes is still stored
 * (it was once routed past the inbox by a byte match, and lost when the process died after the ack).
 */
class SlackShapeRouteTest {
    /** A click as Slack sends it: the message (with every button's action_id) echoed before the actions. */
    private static Map<String, Object> click(String clicked) {
        var buttons = List.of("gh_approve", "gh_edit", "gh_reject").stream()
                .map(id -> Map.of("type", "button", "action_id", id, "value", "v")).toList();
        var payload = new LinkedHashMap<String, Object>();
        payload.put("message", Map.of("ts", "1700000000.000100", "text", "\"actions\":[{\"action_id\":\"gh_edit\"}]",
                "blocks", List.of(Map.of("type", "actions", "block_id", "gh_review_actions", "elements", buttons))));
        payload.put("user", Map.of("id", "U0REP"));
        payload.put("trigger_id", "1.2.abc");
        payload.put("container", Map.of("type", "message", "message_ts", "1700000000.000100", "channel_id", "C0SALES"));
        payload.put("channel", Map.of("id", "C0SALES"));
        payload.put("actions", List.of(Map.of("action_id", clicked, "block_id", "gh_review_actions", "value", "v",
                "type", "button")));
        payload.put("type", "block_actions");
        return payload;
    }

    /** The same payload with spaces after every colon and comma, and newlines, as a pretty printer writes it. */
    private static String spaced(Object payload) throws Exception {
        return "payload=" + URLEncoder.encode(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(payload),
                StandardCharsets.UTF_8);
    }

    @Test
    void a_click_that_decides_is_stored_however_its_json_is_written() throws Exception {
        assertThat(SlackShape.read(SlackRequests.form(click("gh_approve"))).route()).isEqualTo(SlackShape.Route.STORE_CLICK);
        assertThat(SlackShape.read(spaced(click("gh_approve"))).route()).isEqualTo(SlackShape.Route.STORE_CLICK);
        assertThat(SlackShape.read(spaced(click("gh_undo"))).route()).isEqualTo(SlackShape.Route.STORE_CLICK);
    }

    @Test
    void clicks_that_open_a_modal_go_to_bolt_at_once_read_from_the_actions_not_the_echoed_message() throws Exception {
        assertThat(SlackShape.read(spaced(click("gh_edit"))).route()).isEqualTo(SlackShape.Route.BOLT);
        assertThat(SlackShape.read(SlackRequests.form(click("gh_reject"))).route()).isEqualTo(SlackShape.Route.BOLT);
        var harness = SlackRequests.blockAction("U0REP", "C0SALES", "1700000000.000100", "gh_reject", "v");
        assertThat(SlackShape.read(harness).route()).isEqualTo(SlackShape.Route.BOLT);
    }

    @Test
    void the_brief_s_outcome_buttons_are_gatehouse_clicks_qualified_stored_and_won_or_lost_opening_their_modal() {
        for (var id : List.of("gh_outcome_qualified", "gh_outcome_not_qualified", "gh_outcome_won", "gh_outcome_lost")) {
            assertThat(SlackShape.read(SlackRequests.form(click(id))).problem()).as(id).isEmpty();
        }
        assertThat(SlackShape.read(SlackRequests.form(click("gh_outcome_qualified"))).route()).isEqualTo(SlackShape.Route.STORE_CLICK);
        assertThat(SlackShape.read(SlackRequests.form(click("gh_outcome_won"))).route()).isEqualTo(SlackShape.Route.BOLT);
        assertThat(SlackShape.read(SlackRequests.form(click("gh_outcome_lost"))).route()).isEqualTo(SlackShape.Route.BOLT);
    }

    @Test
    void a_modal_submission_is_stored_however_its_json_is_written() throws Exception {
        var submission = Map.of("type", "view_submission", "user", Map.of("id", "U0MGR"),
                "view", Map.of("type", "modal", "callback_id", "gh_icp_submit", "state", Map.of("values", Map.of())));
        var reading = SlackShape.read(spaced(submission));
        assertThat(reading.problem()).isEmpty();
        assertThat(reading.route()).isEqualTo(SlackShape.Route.STORE_SUBMISSION);
    }

    @Test
    void commands_and_unreadable_bodies_go_to_bolt() {
        assertThat(SlackShape.read("command=%2Fpipeline&text=&user_id=U0REP&channel_id=C0SALES").route())
                .isEqualTo(SlackShape.Route.BOLT);
        assertThat(SlackShape.read("payload=%7Bnot-json").route()).isEqualTo(SlackShape.Route.BOLT);
    }
}
