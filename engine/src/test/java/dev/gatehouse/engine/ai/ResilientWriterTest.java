package dev.gatehouse.engine.ai;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.gatehouse.engine.ai.LlmCall.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class ResilientWriterTest {
    static final String KEY = "sk-test-Secret-4410";

    FakeOpenAiServer server;
    InMemoryUsageSink usage = new InMemoryUsageSink();
    List<Duration> sleeps = new ArrayList<>();
    Requests.OfflineStub offline = new Requests.OfflineStub();
    LlmConfig config;

    @BeforeEach
    void start() throws IOException {
        server = new FakeOpenAiServer();
        config = new LlmConfig(Provider.OPENAI, server.baseUrl(), KEY, "gpt-4o-mini", Duration.ofSeconds(10), 2,
                PriceTable.parse("gpt-4o-mini=0.15/0.60"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    ResilientWriter writer() {
        return writer(planned -> {
            sleeps.add(planned);
            return Duration.ZERO; // recorded, not slept
        });
    }

    ResilientWriter writer(UnaryOperator<Duration> waits) {
        var llm = new LlmWriter(Llm.forConfig(config, usage).orElseThrow());
        return new ResilientWriter(llm, offline, new RetryPolicy(config.maxRetries(), Duration.ofMillis(500),
                Duration.ofSeconds(20), 0.5), waits, () -> 0.0);
    }

    @Test
    void success_is_metered_with_tokens_and_cost() {
        server.thenAnswer(Requests.answer("s", "b", 41), 1_000, 200);

        var draft = writer().write(Requests.firstEmail(), 55L);

        assertThat(draft.writer()).isEqualTo("openai");
        assertThat(usage.entries()).singleElement().satisfies(e -> {
            assertThat(e.touchId()).isEqualTo(55L);
            assertThat(e.call().outcome()).isEqualTo(Outcome.OK);
            assertThat(e.call().tokensIn()).isEqualTo(1_000);
            assertThat(e.call().tokensOut()).isEqualTo(200);
            // 1000 * 0.15 / 1M + 200 * 0.60 / 1M
            assertThat(e.call().costUsd()).isEqualByComparingTo(new BigDecimal("0.000270"));
            assertThat(e.call().priced()).isTrue();
            assertThat(e.call().purpose()).isEqualTo("write_email");
        });
    }

    @Test
    void rate_limit_waits_for_retry_after_then_succeeds() {
        server.then(new FakeOpenAiServer.Error(429, "3")).thenAnswer(Requests.answer("s", "b", 41), 500, 50);

        var draft = writer().write(Requests.firstEmail());

        assertThat(draft.writer()).isEqualTo("openai");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
        assertThat(usage.calls()).extracting(LlmCall::outcome).containsExactly(Outcome.FAILED, Outcome.RETRIED);
    }

    @Test
    void rate_limit_without_retry_after_backs_off_exponentially() {
        server.thenStatus(429).thenStatus(429).thenAnswer(Requests.answer("s", "b", 41), 500, 50);

        writer().write(Requests.firstEmail());

        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void retry_after_longer_than_the_cap_falls_back_without_waiting() {
        server.then(new FakeOpenAiServer.Error(429, "3600"));

        var draft = writer().write(Requests.firstEmail());

        assertThat(draft.writer()).isEqualTo("offline");
        assertThat(sleeps).isEmpty();
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void server_errors_are_retried_then_fall_back_to_the_offline_writer() {
        server.thenStatus(500).thenStatus(502).thenStatus(500);

        var draft = writer().write(Requests.firstEmail());

        assertThat(draft.writer()).isEqualTo("offline");
        assertThat(server.received()).hasSize(3);
        assertThat(offline.calls).isEqualTo(1);
        assertThat(usage.calls()).extracting(LlmCall::outcome)
                .containsExactly(Outcome.FAILED, Outcome.FAILED, Outcome.FAILED, Outcome.FALLBACK);
    }

    @Test
    void timeouts_are_retried_then_fall_back() {
        config = new LlmConfig(Provider.OPENAI, server.baseUrl(), KEY, "gpt-4o-mini", Duration.ofMillis(800), 2,
                config.prices());
        var slow = new FakeOpenAiServer.Delayed(Duration.ofSeconds(4), new FakeOpenAiServer.Completion(
                Requests.answer("s", "b", 41), 10, 10));
        server.then(slow).then(slow).then(slow);

        var draft = writer().write(Requests.firstEmail());

        assertThat(draft.writer()).isEqualTo("offline");
        assertThat(usage.calls()).extracting(LlmCall::outcome)
                .containsExactly(Outcome.FAILED, Outcome.FAILED, Outcome.FAILED, Outcome.FALLBACK);
        assertThat(usage.calls()).filteredOn(c -> c.outcome() == Outcome.FAILED)
                .allSatisfy(c -> assertThat(c.latencyMs()).isBetween(700L, 3_900L));
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void malformed_output_falls_back_at_once_and_meters_its_tokens() {
        server.thenAnswer("{\"subject\":\"s\",\"body\":\"b\"}", 800, 40);

        var draft = writer().write(Requests.firstEmail());

        assertThat(draft.writer()).isEqualTo("offline");
        assertThat(server.received()).hasSize(1);
        assertThat(usage.calls()).extracting(LlmCall::outcome).containsExactly(Outcome.MALFORMED, Outcome.FALLBACK);
        assertThat(usage.calls().getFirst().tokensIn()).isEqualTo(800);
        assertThat(usage.calls().getFirst().costUsd()).isPositive();
    }

    @Test
    void zero_max_retries_falls_back_after_the_first_failure() {
        config = new LlmConfig(Provider.OPENAI, server.baseUrl(), KEY, "gpt-4o-mini", Duration.ofSeconds(10), 0,
                config.prices());
        server.thenStatus(503).thenAnswer(Requests.answer("s", "b", 41), 10, 10);

        var draft = writer().write(Requests.firstEmail(), 8L);

        assertThat(draft.writer()).isEqualTo("offline");
        assertThat(server.received()).hasSize(1);
        assertThat(usage.entries()).extracting(InMemoryUsageSink.Entry::touchId).containsOnly(8L);
    }

    @Test
    void an_interrupted_wait_falls_back_at_once_and_keeps_the_interrupt() {
        server.thenStatus(500).thenAnswer(Requests.answer("s", "b", 41), 10, 10);
        var writer = writer(planned -> {
            Thread.currentThread().interrupt(); // e.g. shutdown while waiting to retry
            return Duration.ZERO;
        });

        var draft = writer.write(Requests.firstEmail());

        assertThat(Thread.interrupted()).isTrue();
        assertThat(draft.writer()).isEqualTo("offline");
        assertThat(server.received()).hasSize(1);
        assertThat(usage.calls()).extracting(LlmCall::outcome).containsExactly(Outcome.FAILED, Outcome.FALLBACK);
    }

    @Test
    void rejected_request_falls_back_without_retrying() {
        server.thenStatus(401);

        var draft = writer().write(Requests.firstEmail());

        assertThat(draft.writer()).isEqualTo("offline");
        assertThat(server.received()).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void unpriced_model_costs_nothing_and_is_flagged() {
        config = new LlmConfig(Provider.OPENAI, server.baseUrl(), KEY, "my-local-model", Duration.ofSeconds(10), 2,
                PriceTable.parse("gpt-4o-mini=0.15/0.60"));
        server.thenAnswer(Requests.answer("s", "b", 41), 1_000, 200);

        writer().write(Requests.firstEmail());

        assertThat(usage.calls()).singleElement().satisfies(c -> {
            assertThat(c.costUsd()).isZero();
            assertThat(c.priced()).isFalse();
            assertThat(c.model()).isEqualTo("my-local-model");
        });
    }

    @Test
    void api_key_never_appears_in_logs_or_config_text() {
        var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        root.addAppender(appender);
        try {
            server.thenStatus(500).thenStatus(401);
            writer().write(Requests.firstEmail());
        } finally {
            root.detachAppender(appender);
        }

        assertThat(server.received().getFirst().authorization()).contains(KEY);
        assertThat(appender.list).isNotEmpty();
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(m -> m.contains(KEY));
        assertThat(config.toString()).doesNotContain(KEY).contains("****");
    }
}
