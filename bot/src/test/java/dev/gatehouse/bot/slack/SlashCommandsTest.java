package dev.gatehouse.bot.slack;

import dev.gatehouse.engine.delivery.OutboxStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.FormInputs;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.gate.TouchStatus;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static dev.gatehouse.bot.GatehouseStack.MANAGER;
import static dev.gatehouse.bot.GatehouseStack.REP;
import static org.assertj.core.api.Assertions.assertThat;

/** Slash commands over real HTTP, signed as Slack signs them, against the whole running bot. */
class SlashCommandsTest extends SignedCommands {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected Map<String, String> settings() {
        return Map.of("GATEHOUSE_SWEEP_SECONDS", "1");
    }

    @Test
    void manager_sets_an_autonomy_level_which_is_stored_and_audited() throws Exception {
        var answer = run(MANAGER, "/autonomy", "first_email supervised");

        assertThat(answer).contains("ephemeral").contains("supervised");
        assertThat(stack.stores.playbook().autonomy(ActionType.FIRST_EMAIL)).isEqualTo(AutonomyLevel.SUPERVISED);
        assertThat(stack.stores.audit().forSubject("action_type", "first_email")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(MANAGER);
            assertThat(e.action()).isEqualTo("autonomy.set");
        });
    }

    @Test
    void unknown_autonomy_level_is_named_and_nothing_changes() throws Exception {
        var answer = run(MANAGER, "/autonomy", "first_email reckless");

        assertThat(answer).contains("reckless").contains("supervised");
        assertThat(stack.stores.playbook().autonomy(ActionType.FIRST_EMAIL)).isEqualTo(AutonomyLevel.COPILOT);
        assertThat(stack.stores.audit().forSubject("action_type", "first_email")).isEmpty();
    }

    @Test
    void customer_visible_action_cannot_be_made_autonomous() throws Exception {
        var answer = run(MANAGER, "/autonomy", "first_email autonomous");

        assertThat(answer).contains("at most");
        assertThat(stack.stores.playbook().autonomy(ActionType.FIRST_EMAIL)).isEqualTo(AutonomyLevel.COPILOT);
    }

    @Test
    void rep_is_refused_a_manager_command_with_an_ephemeral_answer_and_an_audit_row() throws Exception {
        var answer = run(REP, "/autonomy", "first_email supervised");

        assertThat(JSON.readTree(answer).path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer).contains("Only managers");
        assertThat(stack.stores.playbook().autonomy(ActionType.FIRST_EMAIL)).isEqualTo(AutonomyLevel.COPILOT);
        assertThat(stack.stores.audit().forSubject("slack_command", "/autonomy")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(REP);
            assertThat(e.action()).isEqualTo("refused");
        });
    }

    @Test
    void pause_holds_an_approved_email_in_the_outbox_until_resume() throws Exception {
        stack.postSignals("""
                {"account_domain":"northwind.example","kind":"funding","summary":"Northwind Freight raised a Series B",
                 "source_url":"https://news.example.com/nw-b","source":"newsfeed","external_id":"nw-b-pause"}""");
        var review = stack.awaitReviewMessage(Duration.ofSeconds(30));

        run(MANAGER, "/pause", "");
        stack.slackRequests.post(SlackRequests.blockAction(REP, review.channel(), review.ts(), "gh_approve",
                review.buttonValue("gh_approve").orElseThrow()));

        var approved = stack.awaitTouches(TouchStatus.APPROVED, 1, Duration.ofSeconds(10));
        assertThat(approved).hasSize(1);
        Thread.sleep(2000);
        assertThat(mail.getReceivedMessages()).isEmpty();
        var outbox = stack.stores.outbox().forTouch(approved.getFirst().id()).orElseThrow();
        assertThat(outbox.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(stack.stores.playbook().sendingPaused()).isTrue();

        run(MANAGER, "/resume", "");

        assertThat(mail.waitForIncomingEmail(30_000, 1)).isTrue();
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void resume_lifts_the_kill_switch_and_both_changes_are_audited() throws Exception {
        run(MANAGER, "/pause", "incident review");
        var answer = run(MANAGER, "/resume", "");

        assertThat(answer).contains("resumed");
        assertThat(stack.stores.playbook().sendingPaused()).isFalse();
        assertThat(stack.stores.audit().forSubject("app_setting", "sending_paused"))
                .extracting(e -> e.action() + " " + e.actor())
                .containsExactly("sending.pause " + MANAGER, "sending.resume " + MANAGER);
    }

    @Test
    void resume_after_the_bounce_breaker_paused_sending_resets_the_breaker_and_says_so() throws Exception {
        stack.stores.playbook().setSendingPaused(true, dev.gatehouse.engine.store.PlaybookStore.GATEHOUSE);
        var before = java.time.Instant.now();

        var answer = run(MANAGER, "/resume", "bounced list cleaned");

        assertThat(answer).contains("resumed").contains("bounce breaker");
        assertThat(stack.stores.playbook().sendingPaused()).isFalse();
        assertThat(stack.stores.playbook().bounceBreakerResetAt()).hasValueSatisfying(at -> assertThat(at).isAfterOrEqualTo(before.minusSeconds(1)));
    }

    @Test
    void signal_command_adds_a_signal_for_the_account() throws Exception {
        var before = stack.stores.signals().count();

        var answer = run(REP, "/signal", "northwind.example hiring Hiring three accountants in Hamburg https://jobs.example.com/nw");

        assertThat(answer).contains("hiring");
        stack.slack.await("chat.postEphemeral", c -> c.param("text").contains("Signal added"), Duration.ofSeconds(10));
        assertThat(stack.stores.signals().count()).isEqualTo(before + 1);
        var account = stack.stores.accounts().byDomain("northwind.example").orElseThrow();
        assertThat(stack.stores.signals().forAccount(account.id())).anySatisfy(s -> {
            assertThat(s.summary()).isEqualTo("Hiring three accountants in Hamburg");
            assertThat(s.sourceUrl()).isEqualTo("https://jobs.example.com/nw");
        });
    }

    @Test
    void signal_with_an_unknown_kind_names_the_problem_and_stores_nothing() throws Exception {
        var before = stack.stores.signals().count();

        var answer = run(REP, "/signal", "northwind.example rumour They might be moving offices");

        assertThat(answer).contains("rumour").contains("funding");
        assertThat(stack.stores.signals().count()).isEqualTo(before);
    }

    @Test
    void icp_edit_opens_the_modal_and_its_submission_stores_version_2() throws Exception {
        var answer = slack.postForm(SlackPayloads.command(MANAGER, "/icp", "edit"));
        assertThat(answer.statusCode()).isEqualTo(200);
        var opened = stack.slack.await("views.open", c -> true, Duration.ofSeconds(5));
        assertThat(opened.param("trigger_id")).isNotBlank();
        var view = opened.json("view");
        var values = SlackPayloads.initialValues(view);
        values.put(FormInputs.ICP_INDUSTRIES.blockId(), Map.of(FormInputs.ICP_INDUSTRIES.actionId(), "logistics, manufacturing"));

        var submitted = slack.postForm(SlackPayloads.viewSubmission(MANAGER, ActionId.ICP_SUBMIT.wire(),
                view.path("private_metadata").asText(null), values));

        assertThat(submitted.statusCode()).isEqualTo(200);
        var icp = stack.stores.playbook().currentIcp().orElseThrow();
        assertThat(icp.version()).isEqualTo(2);
        assertThat(icp.author()).isEqualTo(MANAGER);
        assertThat(icp.value().industries()).containsExactly("logistics", "manufacturing");
        assertThat(stack.stores.audit().forSubject("icp", 2)).extracting(e -> e.action()).containsExactly("icp.save");
    }

    @Test
    void offer_set_submission_without_a_product_is_answered_with_a_field_error() throws Exception {
        var submitted = slack.postForm(SlackPayloads.viewSubmission(MANAGER, ActionId.OFFER_SUBMIT.wire(), null, Map.of(
                FormInputs.OFFER_PRODUCT.blockId(), Map.of(FormInputs.OFFER_PRODUCT.actionId(), " "),
                FormInputs.OFFER_VALUE_PROP.blockId(), Map.of(FormInputs.OFFER_VALUE_PROP.actionId(), "Closes the books faster"))));

        assertThat(submitted.statusCode()).isEqualTo(200);
        var body = JSON.readTree(submitted.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").has(FormInputs.OFFER_PRODUCT.blockId())).isTrue();
        assertThat(stack.stores.playbook().currentOffer().orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void offer_set_submission_stores_proof_points_one_per_line() throws Exception {
        var submitted = slack.postForm(SlackPayloads.viewSubmission(MANAGER, ActionId.OFFER_SUBMIT.wire(), null, Map.of(
                FormInputs.OFFER_PRODUCT.blockId(), Map.of(FormInputs.OFFER_PRODUCT.actionId(), "Ledgerline"),
                FormInputs.OFFER_VALUE_PROP.blockId(), Map.of(FormInputs.OFFER_VALUE_PROP.actionId(), "Closes the books faster"),
                FormInputs.OFFER_PROOF_POINTS.blockId(), Map.of(FormInputs.OFFER_PROOF_POINTS.actionId(), "Harbor closes 3 days faster\n\n- Audit prep in a week\n"),
                FormInputs.OFFER_CUSTOMERS.blockId(), Map.of(FormInputs.OFFER_CUSTOMERS.actionId(), "Harbor Freight Lines"))));

        assertThat(submitted.statusCode()).isEqualTo(200);
        var offer = stack.stores.playbook().currentOffer().orElseThrow();
        assertThat(offer.version()).isEqualTo(2);
        assertThat(offer.value().proofPoints()).containsExactly("Harbor closes 3 days faster", "Audit prep in a week");
        assertThat(stack.stores.audit().forSubject("offer", 2)).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(MANAGER));
    }

    @Test
    void goal_is_stored_and_pipeline_shows_what_today_needs() throws Exception {
        var answer = run(MANAGER, "/goal", "10 meetings this week");
        assertThat(answer).contains("10 meetings");

        run(REP, "/pipeline", "");

        var report = stack.slack.await("chat.postEphemeral", c -> c.param("text").contains("Pipeline"), Duration.ofSeconds(10));
        assertThat(report.param("text")).contains("meetings: ").contains("0 of 10").contains("This week");
        assertThat(report.param("user")).isEqualTo(REP);
    }

    @Test
    void icp_without_an_option_shows_the_current_version_to_the_caller_only() throws Exception {
        var answer = JSON.readTree(run(MANAGER, "/icp", ""));

        assertThat(answer.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.toString()).contains("logistics").contains("EMEA");
        assertThat(stack.slack.calls("views.open")).isEmpty();
    }

    @Test
    void offer_set_opens_a_modal_prefilled_with_the_current_offer() throws Exception {
        run(MANAGER, "/offer", "set");

        var opened = stack.slack.await("views.open", c -> true, Duration.ofSeconds(5));
        var view = opened.json("view");
        assertThat(view.path("callback_id").asText()).isEqualTo(ActionId.OFFER_SUBMIT.wire());
        assertThat(SlackPayloads.initialValues(view).get(FormInputs.OFFER_PRODUCT.blockId()))
                .containsEntry(FormInputs.OFFER_PRODUCT.actionId(), "Ledgerline");
    }

    @Test
    void offer_without_an_option_shows_the_value_proposition() throws Exception {
        assertThat(run(REP, "/offer", "")).contains("Only managers");
        assertThat(run(MANAGER, "/offer", "")).contains("Ledgerline automates month-end close");
    }

    @Test
    void a_new_goal_replaces_the_last_and_both_are_audited_with_their_author() throws Exception {
        run(MANAGER, "/goal", "10 meetings this week");
        run(MANAGER, "/goal", "12 meetings this week");

        var goals = stack.stores.goals().active(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(goals).extracting(g -> g.target() + " " + g.author()).containsExactly("12 " + MANAGER);
        assertThat(stack.stores.audit().recent(20)).filteredOn(e -> e.action().equals("goal.set"))
                .extracting(e -> e.actor() + " " + e.after())
                .satisfiesExactlyInAnyOrder(
                        line -> assertThat(line).startsWith(MANAGER).contains("\"target\": 10"),
                        line -> assertThat(line).startsWith(MANAGER).contains("\"target\": 12"));
    }

    @Test
    void a_signal_added_by_hand_is_audited_with_who_added_it() throws Exception {
        run(REP, "/signal", "northwind.example funding Northwind raised a Series C https://news.example.com/nw-c");

        stack.slack.await("chat.postEphemeral", c -> c.param("text").contains("Signal added"), Duration.ofSeconds(10));
        assertThat(stack.stores.audit().recent(20)).filteredOn(e -> e.action().equals("signal.ingest"))
                .singleElement().satisfies(e -> assertThat(e.actor()).contains(REP));
    }

    @Test
    void every_command_in_the_manifest_is_acknowledged_within_the_call() throws Exception {
        var manifest = JSON.readTree(Path.of("../manifest/manifest.json").toFile());
        for (var command : manifest.path("features").path("slash_commands")) {
            var started = System.nanoTime();
            var response = slack.postForm(SlackPayloads.command(REP, command.path("command").asText(), "help me"));
            var elapsed = Duration.ofNanos(System.nanoTime() - started);

            assertThat(response.statusCode()).as(command.path("command").asText()).isEqualTo(200);
            assertThat(elapsed).isLessThan(Duration.ofMillis(2500));
        }
    }
}
