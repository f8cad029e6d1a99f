package dev.gatehouse.bot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.bot.slack.SlackPayloads;
import dev.gatehouse.bot.slack.SlackRequests;
import dev.gatehouse.engine.gate.TouchStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /metrics} counts rejections by the reason the reviewer chose in the reject modal. */
class MetricsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private GatehouseStack stack;

    @BeforeEach
    void start() throws Exception {
        stack = new GatehouseStack(mail, Map.of());
        stack.seedWorkspace();
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
    }

    @Test
    void every_reject_reason_is_counted_from_zero() throws Exception {
        var metrics = stack.get("/metrics").body();

        assertThat(metrics).contains("# TYPE gatehouse_review_rejections_total counter")
                .contains("gatehouse_review_rejections_total{reason=\"wrong_person\"} 0")
                .contains("gatehouse_review_rejections_total{reason=\"factual_error\"} 0");
    }

    @Test
    void a_rejection_in_slack_is_counted_under_its_reason() throws Exception {
        stack.postSignals("""
                {"account_domain":"northwind.example","kind":"funding",
                 "summary":"Northwind Freight raised a $20M Series B","source":"newsfeed","external_id":"nw-b"}""");
        var review = stack.awaitReviewMessage(GatehouseStack.REP, Duration.ofSeconds(30));
        stack.slackRequests.post(SlackRequests.blockAction(GatehouseStack.REP, review.channel(), review.ts(), "gh_reject",
                review.buttonValue("gh_reject").orElseThrow()));
        var modal = stack.slack.await("views.open", c -> true, Duration.ofSeconds(10)).json("view");
        var state = JSON.createObjectNode();
        state.putObject("gh_reject_reason").putObject("gh_reject_reason_input").put("type", "radio_buttons")
                .putObject("selected_option").put("value", "wrong_person").putObject("text").put("type", "plain_text")
                .put("text", "Wrong person");
        state.putObject("gh_reject_note").putObject("gh_reject_note_input").put("type", "plain_text_input")
                .put("value", "Dana moved to another company");

        var submitted = new SlackPayloads(stack.url("/slack/events"), GatehouseStack.SIGNING_SECRET).postForm(
                SlackPayloads.viewSubmission(GatehouseStack.REP, modal.path("callback_id").asText(),
                        modal.path("private_metadata").asText(), state));

        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(stack.awaitTouches(TouchStatus.REJECTED, 1, Duration.ofSeconds(10))).hasSize(1);
        var metrics = stack.get("/metrics").body();
        assertThat(metrics).contains("gatehouse_review_rejections_total{reason=\"wrong_person\"} 1")
                .contains("gatehouse_review_rejections_total{reason=\"bad_timing\"} 0");
    }
}
