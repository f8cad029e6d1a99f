package dev.gatehouse.engine.ai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks to the real model configured by {@code GATEHOUSE_LLM_*}; skipped without an API key.
 * Run: {@code GATEHOUSE_LLM_PROVIDER=openai GATEHOUSE_LLM_API_KEY=… ./mvnw -pl engine -am test -Dtest=RemoteModelIT}.
 */
@EnabledIfEnvironmentVariable(named = "GATEHOUSE_LLM_API_KEY", matches = ".+")
class RemoteModelIT {

    @Test
    void real_model_writes_a_grounded_draft_within_the_word_limit() {
        var config = LlmConfig.fromEnv(System.getenv());
        var usage = new InMemoryUsageSink();
        var writer = new ResilientWriter(new LlmWriter(Llm.forConfig(config, usage).orElseThrow()),
                new Requests.OfflineStub(), RetryPolicy.from(config));

        var draft = writer.write(Requests.firstEmail());

        assertThat(draft.writer()).isEqualTo(config.provider().wire());
        assertThat(draft.citedSignalIds()).isNotEmpty().isSubsetOf(41L, 42L);
        assertThat(draft.body().split("\\s+").length).isLessThanOrEqualTo(140);
        assertThat(usage.calls().getFirst().tokensIn()).isPositive();
    }
}
