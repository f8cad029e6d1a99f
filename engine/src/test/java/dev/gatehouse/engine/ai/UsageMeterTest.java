package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.ai.LlmCall.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Token metering happens in the model's listener, whoever calls the model. */
class UsageMeterTest {
    FakeOpenAiServer server;
    InMemoryUsageSink usage = new InMemoryUsageSink();
    Llm llm;

    @BeforeEach
    void start() throws IOException {
        server = new FakeOpenAiServer();
        var config = new LlmConfig(Provider.OPENAI, server.baseUrl(), "sk-meter", "gpt-4o-mini", Duration.ofSeconds(10), 0,
                PriceTable.parse("gpt-4o-mini=0.15/0.60"));
        llm = Llm.forConfig(config, usage).orElseThrow();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_model_call_outside_any_service_is_still_metered_by_the_listener() {
        server.thenAnswer("hello", 1_000, 200);

        llm.chat().chat("say hello");

        assertThat(usage.entries()).singleElement().satisfies(e -> {
            assertThat(e.call().purpose()).isEqualTo(UsageMeter.UNSCOPED);
            assertThat(e.call().tokensIn()).isEqualTo(1_000);
            assertThat(e.call().tokensOut()).isEqualTo(200);
            assertThat(e.call().costUsd()).isEqualByComparingTo(new BigDecimal("0.000270"));
            assertThat(e.touchId()).isNull();
        });
    }

    @Test
    void a_service_call_is_metered_once_with_its_purpose_touch_and_tokens() {
        server.thenAnswer(Requests.answer("s", "b", 41), 640, 70);

        new LlmWriter(llm).attempt(Requests.firstEmail(), 31L, false);

        assertThat(usage.entries()).singleElement().satisfies(e -> {
            assertThat(e.call().purpose()).isEqualTo(LlmWriter.PURPOSE);
            assertThat(e.call().outcome()).isEqualTo(Outcome.OK);
            assertThat(e.call().tokensIn()).isEqualTo(640);
            assertThat(e.call().tokensOut()).isEqualTo(70);
            assertThat(e.touchId()).isEqualTo(31L);
        });
    }
}
