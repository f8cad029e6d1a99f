package dev.gatehouse.bot.slack;

import dev.gatehouse.engine.outcomes.Stage;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static dev.gatehouse.bot.GatehouseStack.MANAGER;
import static dev.gatehouse.bot.GatehouseStack.REP;
import static org.assertj.core.api.Assertions.assertThat;

/** /outcome, /experiment, /audit and /digest against the whole bot, over signed HTTP, with the fake Slack. */
class OutcomeCommandsTest extends SignedCommands {
    @Override
    protected Map<String, String> settings() {
        return Map.of("GATEHOUSE_DIGEST_CHANNEL", "C0DIGEST");
    }

    @Test
    void a_rep_records_a_won_deal_with_its_amount_and_note() throws Exception {
        run(REP, "/outcome", "northwind.example qualified");
        var answer = run(REP, "/outcome", "Northwind.example won $12k signed the annual plan");

        assertThat(answer).contains("Northwind Freight").contains("won").contains("12000").contains("version 2");
        var accountId = stack.stores.accounts().byDomain("northwind.example").orElseThrow().id();
        assertThat(stack.stores.outcomes().latest(accountId)).hasValueSatisfying(o -> {
            assertThat(o.stage()).isEqualTo(Stage.WON);
            assertThat(o.amount()).isEqualByComparingTo("12000");
            assertThat(o.note()).isEqualTo("signed the annual plan");
            assertThat(o.actor()).isEqualTo(REP);
        });
    }

    @Test
    void a_bad_outcome_names_the_field_and_records_nothing() throws Exception {
        assertThat(run(REP, "/outcome", "northwind.example maybe")).contains("outcome").contains("maybe");
        assertThat(run(REP, "/outcome", "nobody.example won 10")).contains("domain").contains("nobody.example");
        assertThat(run(REP, "/outcome", "northwind.example")).contains("/outcome");
        var accountId = stack.stores.accounts().byDomain("northwind.example").orElseThrow().id();
        assertThat(stack.stores.outcomes().latest(accountId)).isEmpty();
    }

    @Test
    void a_manager_starts_and_stops_the_gate_experiment_and_a_rep_cannot() throws Exception {
        assertThat(run(REP, "/experiment", "gate 20%")).contains("Only managers");
        assertThat(stack.stores.experiments().running()).isEmpty();

        assertThat(run(MANAGER, "/experiment", "gate 20%")).contains("20%");
        assertThat(stack.stores.experiments().running()).hasValueSatisfying(e -> assertThat(e.gateOffPercent()).isEqualTo(20));
        assertThat(run(MANAGER, "/experiment", "gate 150%")).contains("/experiment");

        assertThat(run(MANAGER, "/experiment", "stop")).contains("stopped");
        assertThat(stack.stores.experiments().running()).isEmpty();
        assertThat(run(MANAGER, "/audit", "setting")).contains("experiment.started").contains("experiment.stopped");
    }

    @Test
    void audit_shows_an_account_s_outcome_with_before_and_after() throws Exception {
        run(REP, "/outcome", "northwind.example qualified");
        run(REP, "/outcome", "northwind.example lost 0 went with a competitor");

        var answer = run(MANAGER, "/audit", "account northwind.example");

        assertThat(answer).contains("outcome.recorded").contains("qualified").contains("lost").contains("went with a competitor");
        assertThat(run(MANAGER, "/audit", "user <@" + REP + "|rep>")).contains("outcome.recorded");
        assertThat(run(MANAGER, "/audit", "account nobody.example")).contains("nobody.example");
    }

    @Test
    void a_manager_sets_shows_and_clears_the_fixed_monthly_cost_and_the_report_uses_it() throws Exception {
        assertThat(run(MANAGER, "/cost", "monthly $1,200 USD")).contains("1200.00 USD a month")
                .contains("was 0.00 USD a month (GATEHOUSE_FIXED_MONTHLY_COST)");

        var reports = stack.running.engine().reports();
        assertThat(reports.week(reports.thisWeek()).cost().fixedShare()).as("1200 over 7 of 30.4375 days")
                .isEqualByComparingTo("275.98");
        assertThat(run(MANAGER, "/cost", "")).contains("1200.00 USD a month").contains("set by").contains(MANAGER)
                .contains("$275.98 a week");
        assertThat(run(MANAGER, "/audit", "setting")).contains("fixed_cost.set").contains("0.00 USD a month")
                .contains("1200.00 USD a month");

        assertThat(run(MANAGER, "/cost", "clear")).contains("0.00 USD a month (GATEHOUSE_FIXED_MONTHLY_COST)");
        assertThat(reports.week(reports.thisWeek()).cost().fixedShare()).isEqualByComparingTo("0");
        assertThat(run(MANAGER, "/audit", "settings")).contains("fixed_cost.clear");
    }

    @Test
    void only_managers_set_the_cost_and_bad_input_names_the_field_and_stores_nothing() throws Exception {
        assertThat(run(REP, "/cost", "monthly 1200")).contains("Only managers");
        assertThat(run(MANAGER, "/cost", "monthly 12x")).contains("amount").contains("12x");
        assertThat(run(MANAGER, "/cost", "monthly 1200 EUR")).contains("currency").contains("EUR");
        assertThat(run(MANAGER, "/cost", "monthly 12.345")).contains("amount").contains("two decimals");
        assertThat(run(MANAGER, "/cost", "monthly 20000000")).contains("amount").contains("10,000,000");
        assertThat(run(MANAGER, "/cost", "monthly 1200 USD per seat")).contains("/cost");

        assertThat(stack.running.engine().fixedCosts().current().set()).isFalse();
        assertThat(run(MANAGER, "/audit", "setting")).doesNotContain("fixed_cost");
    }

    @Test
    void digest_posts_to_the_digest_channel_with_a_real_png_uploaded_through_the_external_flow() throws Exception {
        assertThat(run(MANAGER, "/digest", "")).contains("digest");

        var posted = stack.slack.await("chat.postMessage", c -> "C0DIGEST".equals(c.param("channel"))
                && c.param("blocks") != null && c.param("blocks").contains("Weekly digest"), Duration.ofSeconds(20));
        var requested = stack.slack.await("files.getUploadURLExternal", c -> true, Duration.ofSeconds(20));
        var completed = stack.slack.await("files.completeUploadExternal", c -> true, Duration.ofSeconds(20));
        var upload = stack.slack.uploads().getFirst();
        var image = ImageIO.read(new ByteArrayInputStream(upload.bytes()));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/digest-test.png"), upload.bytes());

        assertThat(posted.param("blocks")).contains("Human replies").contains("Review backlog").contains("Gate experiment")
                .contains("reviewed after sending").contains("reviewed samples");
        assertThat(upload.contentType()).isEqualTo("image/png");
        assertThat(Integer.parseInt(requested.param("length"))).isEqualTo(upload.bytes().length);
        assertThat(upload.bytes().length).isBetween(10_000, 400_000);
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(520);
        assertThat(completed.param("channel_id")).isEqualTo("C0DIGEST");
        assertThat(completed.param("files")).contains(upload.fileId());
    }

    @Test
    void a_rep_cannot_post_the_digest() throws Exception {
        assertThat(run(REP, "/digest", "")).contains("Only managers");
        Thread.sleep(300);
        assertThat(stack.slack.calls("files.getUploadURLExternal")).isEmpty();
    }
}
