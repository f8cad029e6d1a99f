package dev.gatehouse.bot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.bot.slack.SlackPayloads;
import dev.gatehouse.bot.slack.SlackRequests;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /metrics} over real HTTP against the whole bot: JVM, HTTP, pool, job, cache and
 * {@code gatehouse_} series; rejections counted by the reason the reviewer chose; and the domain
 * counts served from a snapshot the bot refreshes in the background, not queried per scrape.
 */
class MetricsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FAST_REFRESH = Duration.ofMillis(200);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private GatehouseStack stack;

    private long start(Duration metricsRefresh) throws Exception {
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_METRICS_REFRESH_MS", Long.toString(metricsRefresh.toMillis())));
        return stack.seedWorkspace();
    }

    @AfterEach
    void stop() throws Exception {
        if (stack != null) stack.close();
    }

    private String scrape() throws Exception {
        var response = stack.metrics();
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Scrapes until {@code ready} holds (the snapshot is refreshed in the background), at most 10 s. */
    private String awaitScrape(Predicate<String> ready) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        var body = scrape();
        while (!ready.test(body) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            body = scrape();
        }
        return body;
    }

    private void storeSignalDirectly(long accountId, String key) {
        stack.stores.signals().insert(new Signal(0, accountId, null, SignalKind.FUNDING, "Northwind Freight raised a Series B",
                "https://news.example/nw", Instant.now()), key);
    }

    @Test
    void every_reject_reason_is_counted_from_zero() throws Exception {
        start(FAST_REFRESH);

        var metrics = scrape();

        assertThat(metrics).contains("# TYPE gatehouse_review_rejections_total counter")
                .contains("gatehouse_review_rejections_total{reason=\"wrong_person\"} 0")
                .contains("gatehouse_review_rejections_total{reason=\"factual_error\"} 0");
    }

    @Test
    void a_rejection_in_slack_is_counted_under_its_reason() throws Exception {
        start(FAST_REFRESH);
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
        var metrics = awaitScrape(m -> m.contains("gatehouse_review_rejections_total{reason=\"wrong_person\"} 1"));
        assertThat(metrics).contains("gatehouse_review_rejections_total{reason=\"wrong_person\"} 1")
                .contains("gatehouse_review_rejections_total{reason=\"bad_timing\"} 0");
    }

    @Test
    void metrics_serve_jvm_http_pool_job_cache_and_domain_series_as_prometheus_text() throws Exception {
        start(FAST_REFRESH);
        assertThat(stack.get("/health").statusCode()).isEqualTo(200);

        var response = stack.metrics();
        var metrics = PrometheusText.parse(response.body());

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain").contains("version=0.0.4"));
        assertThat(metrics.value("jvm_memory_used_bytes", Map.of("area", "heap"))).hasValueSatisfying(v ->
                assertThat(v).isPositive());
        assertThat(metrics.value("jvm_threads_live_threads")).hasValueSatisfying(v -> assertThat(v).isPositive());
        assertThat(metrics.value("jvm_classes_loaded_classes")).hasValueSatisfying(v -> assertThat(v).isPositive());
        assertThat(metrics.hasSeriesStartingWith("jvm_gc_")).isTrue();
        assertThat(metrics.value("process_uptime_seconds")).isPresent();
        assertThat(metrics.value("system_cpu_count")).hasValueSatisfying(v -> assertThat(v).isPositive());
        assertThat(metrics.value("http_server_requests_seconds_count", Map.of("method", "GET", "uri", "/health",
                "status", "200", "outcome", "SUCCESS", "exception", "none"))).hasValue(1.0);
        assertThat(metrics.value("hikaricp_connections_max", Map.of("pool", "gatehouse"))).hasValueSatisfying(v ->
                assertThat(v).isPositive());
        assertThat(metrics.value("hikaricp_connections_acquire_seconds_count", Map.of("pool", "gatehouse")))
                .hasValueSatisfying(v -> assertThat(v).isPositive());
        assertThat(metrics.value("dbscheduler_scheduler_events_total", Map.of("event", "dead_execution"))).isPresent();
        assertThat(metrics.value("cache_gets_total", Map.of("cache", "research"))).isPresent();
        assertThat(metrics.value("cache_gets_total", Map.of("cache", "embeddings"))).isPresent();
        assertThat(metrics.value("cache_gets_total", Map.of("cache", "slack_groups"))).isPresent();
        assertThat(metrics.value("gatehouse_touches", Map.of("status", "pending_review"))).hasValue(0.0);
        assertThat(metrics.value("gatehouse_signals")).hasValue(0.0);
        assertThat(metrics.value("gatehouse_llm_calls_total")).hasValue(0.0);
        assertThat(metrics.value("gatehouse_llm_tokens_total", Map.of("direction", "in"))).hasValue(0.0);
        assertThat(metrics.value("gatehouse_llm_tokens_total", Map.of("direction", "out"))).hasValue(0.0);
        assertThat(metrics.value("gatehouse_llm_cost_usd_total")).hasValue(0.0);
    }

    @Test
    void a_job_run_is_counted_under_its_task() throws Exception {
        start(FAST_REFRESH);

        var sweeps = Map.of("task", "outbox-sweeper", "result", "ok");

        var metrics = PrometheusText.parse(awaitScrape(m ->
                PrometheusText.parse(m).value("dbscheduler_task_completions_total", sweeps).orElse(0.0) >= 1));

        assertThat(metrics.value("dbscheduler_task_completions_total", sweeps))
                .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1.0));
        assertThat(metrics.value("dbscheduler_task_duration_seconds_count", Map.of("task", "outbox-sweeper")))
                .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1.0));
        assertThat(metrics.value("dbscheduler_scheduler_events_total", Map.of("event", "unexpected_error"))).hasValue(0.0);
    }

    @Test
    void a_scrape_serves_the_last_snapshot_and_does_not_query_the_database() throws Exception {
        var accountId = start(Duration.ofHours(1));
        assertThat(PrometheusText.parse(scrape()).value("gatehouse_signals")).hasValue(0.0);

        storeSignalDirectly(accountId, "direct-1");
        storeSignalDirectly(accountId, "direct-2");

        for (int i = 0; i < 3; i++) {
            assertThat(PrometheusText.parse(scrape()).value("gatehouse_signals")).hasValue(0.0);
        }
        assertThat(stack.stores.signals().count()).isEqualTo(2);
    }

    @Test
    void the_domain_series_follow_the_database_after_a_refresh() throws Exception {
        var accountId = start(FAST_REFRESH);
        assertThat(PrometheusText.parse(scrape()).value("gatehouse_signals")).hasValue(0.0);

        storeSignalDirectly(accountId, "direct-1");
        storeSignalDirectly(accountId, "direct-2");

        var metrics = PrometheusText.parse(awaitScrape(m -> m.contains("gatehouse_signals 2")));
        assertThat(metrics.value("gatehouse_signals")).hasValue(2.0);
        assertThat(metrics.value("gatehouse_metrics_snapshot_timestamp_seconds")).hasValueSatisfying(v ->
                assertThat(v).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(5.0)));
    }
}
