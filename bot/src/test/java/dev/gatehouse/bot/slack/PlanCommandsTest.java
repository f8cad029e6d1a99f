package dev.gatehouse.bot.slack;

import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.FormInputs;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.plan.RescoreProgress;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static dev.gatehouse.bot.GatehouseStack.MANAGER;
import static dev.gatehouse.bot.GatehouseStack.REP;
import static org.assertj.core.api.Assertions.assertThat;

/** The goal's daily plan where people look: /pipeline, /pipeline share, and the re-score a new ICP starts. */
class PlanCommandsTest extends SignedCommands {
    @Override
    protected Map<String, String> settings() {
        return Map.of("GATEHOUSE_SWEEP_SECONDS", "1");
    }

    private void seed(int n) {
        for (int i = 0; i < n; i++) {
            long id = stack.stores.accounts().upsert(new Account(0, "p" + i + ".example", "Parcel " + i, "logistics", 120,
                    "EMEA", "DE", List.of(), "Parcel logistics", REP));
            stack.stores.accounts().upsert(new Contact(0, id, "cfo@p" + i + ".example", "Pat", "Lee" + i, "CFO", "c_level",
                    ZoneId.of("UTC"), null));
        }
    }

    @Test
    void pipeline_shows_the_goal_the_rates_and_their_source_the_budget_and_the_queue() throws Exception {
        run(MANAGER, "/goal", "10 meetings this week");

        run(REP, "/pipeline", "");

        var report = stack.slack.await("chat.postEphemeral", c -> c.param("text").contains("Today's plan"), Duration.ofSeconds(10));
        assertThat(report.param("text"))
                .contains("10 meetings by ", "0 so far", "per first email (5% reply × 30% reply→meeting)")
                .contains("Assumes 5% reply, 30% reply→meeting, 50% meeting→opportunity, 80% of drafts approved")
                .contains("stated rates: 0 first emails sent in the last 28 days, fewer than the 30")
                .contains("*Budget today*", "accounts in the backlog, best score first")
                .containsPattern("drafted \\d+ · approved \\d+ · sent \\d+ · queued \\d+")
                .contains(":warning: Not on track");
    }

    @Test
    void pipeline_share_posts_the_same_plan_to_the_channel() throws Exception {
        run(REP, "/pipeline", "share");

        var posted = stack.slack.await("chat.postMessage", c -> c.param("text").contains("Today's plan"), Duration.ofSeconds(10));
        assertThat(posted.param("channel")).isEqualTo(SlackPayloads.CHANNEL);
        assertThat(posted.param("text")).contains("No goal set", "*Budget today*");
    }

    @Test
    void an_unknown_pipeline_option_is_named_and_nothing_is_posted() throws Exception {
        var answer = slack.postForm(SlackPayloads.command(REP, "/pipeline", "broadcast"));

        assertThat(answer.body()).contains("broadcast", "/pipeline share");
        Thread.sleep(300);
        assertThat(stack.slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void a_new_icp_from_the_modal_rescores_every_account_in_the_background() throws Exception {
        seed(30);
        assertThat(TestDatabase.count("select count(*) from scores")).isZero();
        run(MANAGER, "/icp", "edit");
        var view = stack.slack.await("views.open", c -> true, Duration.ofSeconds(5)).json("view");
        var values = SlackPayloads.initialValues(view);
        values.put(FormInputs.ICP_INDUSTRIES.blockId(), Map.of(FormInputs.ICP_INDUSTRIES.actionId(), "logistics, parcel"));

        slack.postForm(SlackPayloads.viewSubmission(MANAGER, ActionId.ICP_SUBMIT.wire(), view.path("private_metadata").asText(null),
                values));

        var engine = stack.running.engine();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (engine.rescoreProgress().map(r -> r.running() || r.reason().contains("version 1")).orElse(true)
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        var run = engine.rescoreProgress().orElseThrow();
        assertThat(run.reason()).contains("ICP version 2", MANAGER);
        assertThat(run.finished()).isPresent();
        assertThat(run.done()).isEqualTo(31);
        assertThat(TestDatabase.count("select count(*) from scores where icp_version = 2")).isEqualTo(31);
        assertThat(engine.rescoreStale("again", RescoreProgress.NONE).total()).isZero();
    }
}
