package dev.gatehouse.bot.customers;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.bot.slack.ChartedPost;
import dev.gatehouse.bot.slack.FakeSlackApi;
import dev.gatehouse.bot.slack.SlackPayloads;
import dev.gatehouse.bot.slack.SlackRequests;
import dev.gatehouse.engine.followups.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** After the sale through the real bot: the signed customers API in, alerts and packages out to the fake Slack. */
class CustomersSlackTest {
    private static final String CSM = "U0CSM0001";
    private static final Duration WAIT = Duration.ofSeconds(10);
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final MutableClock clock = new MutableClock(Instant.now());
    private GatehouseStack stack;

    @BeforeEach
    void start() throws Exception {
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_CSMS", CSM), fake -> {
        }, clock);
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
    }

    private String customers(String json) throws Exception {
        var response = GatehouseStack.postSignals(stack.url("/api/customers"), json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return response.body();
    }

    private void acmeWithAStepDrop() throws Exception {
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var items = new ArrayList<String>();
        items.add("""
                {"type":"customer","account_domain":"acme.example","name":"Acme","arr":48000,"seats":50,
                 "renewal_date":"%s","csm_slack_id":"%s"}""".formatted(today.plusDays(20), CSM));
        items.add("""
                {"type":"contact","account_domain":"acme.example","contact_email":"dana@acme.example","first_name":"Dana","role":"champion"}""");
        var thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int i = 12; i >= 0; i--) {
            items.add("""
                    {"type":"usage","account_domain":"acme.example","metric":"weekly_active_users","value":%d,"period":"%s"}"""
                    .formatted(i == 0 ? 40 : 100 + (i % 3), thisWeek.minusWeeks(i)));
        }
        assertThat(customers("[" + String.join(",", items) + "]")).contains("\"stored\":15");
    }

    @Test
    void a_usage_drop_reaches_the_csm_with_its_numbers_and_acknowledge_updates_the_message() throws Exception {
        acmeWithAStepDrop();

        var alert = stack.slack.await("chat.postMessage", c -> CSM.equals(c.param("channel")) && c.param("blocks") != null
                && c.param("blocks").contains("gh_anomaly_ack"), WAIT);
        assertThat(alert.param("blocks")).contains("Usage drop").contains("*40*").contains("median of *101*");
        var ts = stack.slack.answeredTs(alert).orElseThrow();
        var value = new GatehouseStack.Posted("D0CSM0001", ts, alert.json("blocks")).buttonValue("gh_anomaly_ack").orElseThrow();

        var click = stack.slackRequests.post(SlackRequests.blockAction(CSM, "D0CSM0001", ts, "gh_anomaly_ack", value));

        assertThat(click.statusCode()).isEqualTo(200);
        var update = stack.slack.await("chat.update", c -> ts.equals(c.param("ts")), WAIT);
        assertThat(update.param("blocks")).contains("Acknowledged by").contains(CSM).doesNotContain("gh_anomaly_ack");
    }

    @Test
    void a_legal_ticket_reaches_the_csm_at_once_and_the_manager_after_the_window() throws Exception {
        acmeWithAStepDrop();
        customers("""
                {"type":"ticket","account_domain":"acme.example","external_id":"Z-9","severity":"high","status":"open",
                 "subject":"Outage","body":"Our lawyers will be in touch about the SLA breach."}""");

        var toCsm = stack.slack.await("chat.postMessage", c -> CSM.equals(c.param("channel")) && c.param("blocks") != null
                && c.param("blocks").contains("gh_escalation_ack"), WAIT);
        assertThat(toCsm.param("blocks")).contains("Customer escalation").contains("legal").contains("lawyers");

        clock.advance(Duration.ofMinutes(16));
        stack.running.engine().customers().sweep();
        var toManager = stack.slack.await("chat.postMessage", c -> GatehouseStack.MANAGER.equals(c.param("channel"))
                && c.param("blocks") != null && c.param("blocks").contains("Unacknowledged escalation"), WAIT);
        assertThat(toManager.param("blocks")).contains("gh_escalation_ack");
    }

    @Test
    void invalid_customer_data_is_a_400_naming_each_field_and_nothing_is_stored() throws Exception {
        var response = GatehouseStack.postSignals(stack.url("/api/customers"), """
                [{"type":"customer","account_domain":"ok.example","arr":1000},
                 {"type":"usage","account_domain":"ok.example","metric":"wau","value":"lots","colour":"red"},
                 {"type":"ticket","account_domain":"ok.example","external_id":"1","severity":"apocalyptic","status":"open"}]""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"value\"").contains("\"colour\"").contains("\"severity\"").contains("\"subject\"")
                .contains("nothing was stored");
        assertThat(stack.running.engine().customers().facts("ok.example")).isEmpty();
    }

    /** Acme (renewing in 20 days) and the sweep at 02:00 the next night; returns that day. */
    private LocalDate acmeSweptOvernight() throws Exception {
        acmeWithAStepDrop();
        var tomorrow = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        clock.set(tomorrow.atTime(2, 0).toInstant(ZoneOffset.UTC));
        stack.running.engine().customers().sweep();
        return tomorrow;
    }

    @Test
    void the_renewal_package_goes_out_overnight_and_the_digest_on_monday() throws Exception {
        var tomorrow = acmeSweptOvernight();

        var renewal = stack.slack.await("chat.postMessage", c -> CSM.equals(c.param("channel")) && c.param("blocks") != null
                && c.param("blocks").contains("Renewal package"), WAIT);
        assertThat(renewal.param("blocks")).contains("Usage report").contains("ROI proof").contains("Decision-maker map")
                .contains("usage:");

        var monday = tomorrow.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        clock.set(monday.atTime(9, 0).toInstant(ZoneOffset.UTC));
        stack.running.engine().customers().sweep();
        var digest = stack.slack.await("chat.postMessage", c -> CSM.equals(c.param("channel")) && c.param("blocks") != null
                && c.param("blocks").contains("Customer health, week of"), WAIT);
        assertThat(digest.param("blocks")).contains("Acme").contains("Renewals in the next 90 days");
    }

    @Test
    void the_renewal_outreach_is_drafted_overnight_and_posted_for_review_with_approve() throws Exception {
        acmeSweptOvernight();

        var review = stack.slack.await("chat.postMessage", c -> c.param("blocks") != null
                && c.param("blocks").contains("Renewal outreach") && c.param("blocks").contains("gh_approve"), WAIT);
        assertThat(review.param("blocks")).contains("dana@acme.example").contains("The renewal for Acme");
        assertThat(mail.getReceivedMessages()).as("copilot: nothing is sent before a person approves").isEmpty();
    }

    @Test
    void a_csm_drafts_a_qbr_narrative_with_qbr_and_it_is_posted_for_review_not_sent() throws Exception {
        acmeWithAStepDrop();

        var ack = stack.slackRequests.post(dev.gatehouse.bot.slack.SlackPayloads.command(CSM, "/qbr", "acme.example"));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("Drafting the QBR narrative for acme.example");
        var review = stack.slack.await("chat.postMessage", c -> c.param("blocks") != null
                && c.param("blocks").contains("QBR narrative") && c.param("blocks").contains("gh_approve"), WAIT);
        assertThat(review.param("blocks")).contains("dana@acme.example").contains("weekly active users averaged");
        stack.slack.await("chat.postEphemeral", c -> c.param("text") != null
                && c.param("text").contains("Drafted the QBR narrative for acme.example"), WAIT);
        assertThat(mail.getReceivedMessages()).as("copilot: nothing is sent before a person approves").isEmpty();
    }

    @Test
    void the_anomaly_alert_carries_a_png_chart_in_its_thread() throws Exception {
        acmeWithAStepDrop();

        var alert = stack.slack.await("chat.postMessage", c -> CSM.equals(c.param("channel")) && c.param("blocks") != null
                && c.param("blocks").contains("gh_anomaly_ack"), WAIT);
        var png = chart("against its normal range", "anomaly");

        assertThat(png.completed().param("channel_id")).isEqualTo("D0CSM0001");
        assertThat(png.completed().param("thread_ts")).isEqualTo(stack.slack.answeredTs(alert).orElseThrow());
        assertThat(png.completed().param("files")).contains("Acme").contains("weekly_active_users");
        assertPng(png.bytes(), 800, 400);
    }

    @Test
    void the_renewal_package_and_the_digest_carry_png_charts() throws Exception {
        var tomorrow = acmeSweptOvernight();
        var renewal = stack.slack.await("chat.postMessage", c -> CSM.equals(c.param("channel")) && c.param("blocks") != null
                && c.param("blocks").contains("Renewal package"), WAIT);
        var usage = chart("usage trend for the renewal package", "renewal");
        assertThat(usage.completed().param("thread_ts")).isEqualTo(stack.slack.answeredTs(renewal).orElseThrow());
        assertPng(usage.bytes(), 800, 400);

        clock.set(tomorrow.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atTime(9, 0).toInstant(ZoneOffset.UTC));
        stack.running.engine().customers().sweep();
        var digest = stack.slack.await("chat.postMessage", c -> CSM.equals(c.param("channel")) && c.param("blocks") != null
                && c.param("blocks").contains("Customer health, week of"), WAIT);
        var bands = chart("Customers by health band", "digest");
        assertThat(bands.completed().param("channel_id")).isEqualTo("D0CSM0001");
        assertThat(bands.completed().param("thread_ts")).isEqualTo(stack.slack.answeredTs(digest).orElseThrow());
        assertPng(bands.bytes(), 1000, 440);
    }

    @Test
    void renewal_on_demand_sends_the_package_with_its_usage_chart_to_whoever_asked() throws Exception {
        acmeWithAStepDrop();
        var slash = new SlackPayloads(stack.url("/slack/events"), GatehouseStack.SIGNING_SECRET);

        assertThat(slash.postForm(SlackPayloads.command(CSM, "/renewal", "acme.example")).body()).contains("Assembling");

        var usage = chart("usage trend for the renewal package", "renewal-on-demand");
        assertThat(usage.completed().param("channel_id")).isEqualTo("D0CSM0001");
        assertPng(usage.bytes(), 800, 400);
    }

    @Test
    void a_chart_that_cannot_be_uploaded_leaves_the_alert_posted_and_warns() throws Exception {
        var logs = new ListAppender<ILoggingEvent>();
        var logger = (Logger) LoggerFactory.getLogger(ChartedPost.class);
        logs.start();
        logger.addAppender(logs);
        try {
            // every upload refused (a night-time sweep may post a renewal package with its own chart meanwhile)
            for (int i = 0; i < 5; i++) stack.slack.failNext("files.getUploadURLExternal", "not_allowed_token_type");
            acmeWithAStepDrop();

            var alert = stack.slack.await("chat.postMessage", c -> CSM.equals(c.param("channel")) && c.param("blocks") != null
                    && c.param("blocks").contains("gh_anomaly_ack"), WAIT);
            assertThat(alert.param("blocks")).contains("Usage drop").contains("*40*");
            await(() -> logs.list.stream().anyMatch(e -> e.getLevel().toString().equals("WARN")
                    && e.getFormattedMessage().contains("was not uploaded")));
            assertThat(stack.slack.calls("files.completeUploadExternal")).isEmpty();
            assertThat(logs.list).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        } finally {
            logger.detachAppender(logs);
        }
    }

    private record Uploaded(FakeSlackApi.Call completed, byte[] bytes) {
    }

    /** The chart whose title contains {@code title}: its files.completeUploadExternal call and the bytes uploaded for it. */
    private Uploaded chart(String title, String saveAs) throws Exception {
        var completed = stack.slack.await("files.completeUploadExternal", c -> c.param("files").contains(title), WAIT);
        var fileId = completed.json("files").get(0).get("id").asText();
        var upload = stack.slack.uploads().stream().filter(u -> u.fileId().equals(fileId)).findFirst().orElseThrow();
        assertThat(upload.contentType()).isEqualTo("image/png");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/customer-chart-" + saveAs + ".png"), upload.bytes());
        return new Uploaded(completed, upload.bytes());
    }

    private static void assertPng(byte[] bytes, int width, int height) throws Exception {
        assertThat(Arrays.copyOf(bytes, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
        var image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        var deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within " + WAIT).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
