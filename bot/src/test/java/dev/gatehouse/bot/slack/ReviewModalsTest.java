package dev.gatehouse.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.engine.gate.Decision;
import dev.gatehouse.engine.gate.RejectReason;
import dev.gatehouse.engine.gate.TouchStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;

import static dev.gatehouse.bot.GatehouseStack.REP;
import static dev.gatehouse.bot.slack.ReviewFlow.STRANGER;
import static dev.gatehouse.bot.slack.SlackPayloads.checkboxValues;
import static dev.gatehouse.bot.slack.SlackPayloads.radioValue;
import static dev.gatehouse.bot.slack.SlackPayloads.textValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The edit and reject modals end to end: click, modal, submission, stored decision, message updated. */
class ReviewModalsTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A customer the offer never names and numbers no signal holds. */
    private static final String INVENTED = "\n\nP.S. Polarline Logistics cut its month-end close from 9 days to 2 with Ledgerline.";

    private ReviewFlow flow;

    @BeforeEach
    void start() throws Exception {
        flow = new ReviewFlow(mail);
    }

    @AfterEach
    void stop() throws Exception {
        flow.close();
    }

    private JsonNode submit(String user, String callbackId, JsonNode modal, Map<String, Map<String, JsonNode>> values)
            throws Exception {
        var response = flow.payloads.postForm(SlackPayloads.typedViewSubmission(user, callbackId,
                modal.path("private_metadata").asText(), values));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static Map<String, Map<String, JsonNode>> edited(String subject, String body, boolean confirmed) {
        var values = new java.util.LinkedHashMap<String, Map<String, JsonNode>>();
        values.put("gh_subject", Map.of("gh_subject_input", textValue(subject)));
        values.put("gh_body_0", Map.of("gh_body_input", textValue(body)));
        if (confirmed) values.put("gh_confirm_claims", Map.of("gh_confirm_claims_input", checkboxValues("confirmed")));
        return values;
    }

    private static Map<String, Map<String, JsonNode>> rejected(String reason, String note) {
        return Map.of("gh_reject_reason", Map.of("gh_reject_reason_input", radioValue(reason)),
                "gh_reject_note", Map.of("gh_reject_note_input", textValue(note)));
    }

    @Test
    void an_edit_with_an_invented_claim_asks_for_confirmation_then_is_stored_audited_and_shown() throws Exception {
        var before = flow.stack.stores.touches().find(flow.touchId).orElseThrow().draft();
        flow.click(REP, "gh_edit");
        var modal = flow.awaitModal("gh_edit_submit");
        var body = before.body() + INVENTED;

        long started = System.nanoTime();
        var warned = submit(REP, "gh_edit_submit", modal, edited(before.subject(), body, false));
        var ackMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(ackMillis).isLessThan(2000);
        assertThat(warned.path("response_action").asText()).isEqualTo("update");
        assertThat(warned.path("view").toString()).contains("gh_confirm_claims").contains("Polarline");
        assertThat(flow.stack.stores.touches().find(flow.touchId).orElseThrow().draft().body()).isEqualTo(before.body());

        var confirmed = submit(REP, "gh_edit_submit", warned.path("view"), edited(before.subject(), body, true));

        assertThat(confirmed.path("response_action").isMissingNode()).isTrue();
        var message = flow.awaitUpdate("Polarline");
        assertThat(message.ts()).isEqualTo(flow.review.ts());
        assertThat(message.blocks().toString()).contains("confirmed claims the verifier cannot ground").contains("gh_approve");
        assertThat(flow.stack.stores.touches().find(flow.touchId).orElseThrow().draft().body()).isEqualTo(body);
        assertThat(flow.stack.stores.audit().forSubject("touch", flow.touchId))
                .filteredOn(e -> e.action().equals("touch.edit")).singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(REP);
                    assertThat(e.before()).doesNotContain("Polarline");
                    assertThat(e.after()).contains("Polarline");
                    assertThat(e.detail()).contains("person confirmed unsupported claims");
                });
    }

    @Test
    void a_rejection_is_stored_with_its_reason_and_the_message_updated_in_place() throws Exception {
        flow.click(REP, "gh_reject");
        var modal = flow.awaitModal("gh_reject_submit");

        var answer = submit(REP, "gh_reject_submit", modal, rejected("bad_timing", ""));

        assertThat(answer.path("response_action").isMissingNode()).isTrue();
        var message = flow.awaitUpdate("*Rejected* by <@" + REP + ">");
        assertThat(message.ts()).isEqualTo(flow.review.ts());
        assertThat(message.blocks().toString()).contains("Bad timing").doesNotContain("gh_approve");
        assertThat(flow.stack.stores.touches().find(flow.touchId).orElseThrow().status()).isEqualTo(TouchStatus.REJECTED);
        assertThat(flow.stack.stores.decisions().latest(flow.touchId, null)).get()
                .isInstanceOfSatisfying(Decision.Rejected.class, r -> {
                    assertThat(r.actor()).isEqualTo(REP);
                    assertThat(r.reason()).isEqualTo(RejectReason.BAD_TIMING);
                });
    }

    @Test
    void rejecting_as_other_without_a_note_is_answered_with_an_error_on_the_note() throws Exception {
        flow.click(REP, "gh_reject");
        var modal = flow.awaitModal("gh_reject_submit");

        var answer = submit(REP, "gh_reject_submit", modal, rejected("other", " "));

        assertThat(answer.path("response_action").asText()).isEqualTo("errors");
        assertThat(answer.path("errors").path("gh_reject_note").asText()).contains("Anything the writer should know?");
        Thread.sleep(500);
        assertThat(flow.stack.stores.touches().find(flow.touchId).orElseThrow().status()).isEqualTo(TouchStatus.PENDING_REVIEW);
    }

    @Test
    void a_non_reviewers_rejection_changes_nothing_and_is_audited() throws Exception {
        flow.click(REP, "gh_reject");
        var modal = flow.awaitModal("gh_reject_submit");

        var answer = submit(STRANGER, "gh_reject_submit", modal, rejected("wrong_person", "not them"));

        assertThat(answer.path("response_action").asText()).isEqualTo("errors");
        assertThat(answer.path("errors").path("gh_reject_reason").asText()).contains("not a reviewer");
        Thread.sleep(500);
        assertThat(flow.stack.stores.touches().find(flow.touchId).orElseThrow().status()).isEqualTo(TouchStatus.PENDING_REVIEW);
        assertThat(flow.stack.stores.decisions().latest(flow.touchId, null)).isEmpty();
        assertThat(flow.stack.stores.audit().forSubject("slack_view", "gh_reject_submit")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(STRANGER);
            assertThat(e.action()).isEqualTo("refused");
            assertThat(e.detail()).contains("touch #" + flow.touchId);
        });
    }

    @Test
    void a_non_reviewers_edit_changes_nothing_and_is_audited() throws Exception {
        var before = flow.stack.stores.touches().find(flow.touchId).orElseThrow().draft();
        flow.click(REP, "gh_edit");
        var modal = flow.awaitModal("gh_edit_submit");

        var answer = submit(STRANGER, "gh_edit_submit", modal, edited("Hijacked", "Buy now.", false));

        assertThat(answer.path("response_action").asText()).isEqualTo("errors");
        assertThat(flow.stack.stores.touches().find(flow.touchId).orElseThrow().draft()).isEqualTo(before);
        assertThat(flow.stack.stores.audit().forSubject("slack_view", "gh_edit_submit")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(STRANGER));
    }

    @Test
    void an_edit_submitted_after_the_draft_was_approved_is_refused_on_the_modal() throws Exception {
        var before = flow.stack.stores.touches().find(flow.touchId).orElseThrow().draft();
        flow.click(REP, "gh_edit");
        var modal = flow.awaitModal("gh_edit_submit");
        flow.click(GatehouseStack.MANAGER, "gh_approve");
        flow.awaitUpdate("gh_undo");

        var answer = submit(REP, "gh_edit_submit", modal, edited("Changed", "Changed body.", false));

        assertThat(answer.path("response_action").asText()).isEqualTo("errors");
        assertThat(answer.path("errors").path("gh_subject").asText()).contains("not saved");
        assertThat(flow.stack.stores.touches().find(flow.touchId).orElseThrow().draft()).isEqualTo(before);
    }
}
