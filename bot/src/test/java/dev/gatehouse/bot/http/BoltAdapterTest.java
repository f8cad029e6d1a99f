package dev.gatehouse.bot.http;

import dev.gatehouse.bot.slack.SlackRequests;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading which button was clicked from the raw body, before Bolt decodes it. */
class BoltAdapterTest {
    /** A click as Slack sends it: the message (with every button's action_id) echoed before the actions. */
    private static String click(String clicked) {
        var buttons = List.of("gh_approve", "gh_edit", "gh_reject").stream()
                .map(id -> Map.of("type", "button", "action_id", id, "value", "v")).toList();
        var payload = new java.util.LinkedHashMap<String, Object>();
        payload.put("type", "block_actions");
        payload.put("user", Map.of("id", "U0REP"));
        payload.put("trigger_id", "1.2.abc");
        payload.put("message", Map.of("ts", "1700000000.000100", "text", "\"actions\":[{\"action_id\":\"gh_edit\"}]",
                "blocks", List.of(Map.of("type", "actions", "block_id", "gh_review_actions", "elements", buttons))));
        payload.put("actions", List.of(Map.of("action_id", clicked, "block_id", "gh_review_actions", "value", "v",
                "type", "button")));
        return SlackRequests.form(payload);
    }

    @Test
    void the_clicked_action_is_read_from_the_actions_not_from_the_echoed_message() {
        assertThat(BoltAdapter.clickedActionId(click("gh_approve"))).contains("gh_approve");
        assertThat(BoltAdapter.clickedActionId(click("gh_edit"))).contains("gh_edit");
    }

    @Test
    void edit_and_reject_clicks_open_modals_and_approve_does_not() {
        assertThat(BoltAdapter.opensModal(click("gh_edit"))).isTrue();
        assertThat(BoltAdapter.opensModal(click("gh_reject"))).isTrue();
        assertThat(BoltAdapter.opensModal(click("gh_approve"))).isFalse();
        assertThat(BoltAdapter.opensModal(click("gh_undo"))).isFalse();
    }

    @Test
    void a_click_shaped_like_the_test_harness_sends_is_read_too() {
        var body = SlackRequests.blockAction("U0REP", "C0SALES", "1700000000.000100", "gh_reject", "v");

        assertThat(BoltAdapter.clickedActionId(body)).contains("gh_reject");
    }

    @Test
    void a_body_without_actions_names_no_action() {
        assertThat(BoltAdapter.clickedActionId("payload=%7B%22type%22%3A%22view_submission%22%7D")).isEmpty();
        assertThat(BoltAdapter.opensModal("command=%2Ficp&text=")).isFalse();
    }
}
