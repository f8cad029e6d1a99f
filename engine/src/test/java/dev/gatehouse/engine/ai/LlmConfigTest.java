package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlmConfigTest {

    @Test
    void defaults_to_no_provider_without_variables() {
        var config = LlmConfig.fromEnv(Map.of());

        assertThat(config.provider()).isEqualTo(Provider.NONE);
        assertThat(config.enabled()).isFalse();
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.maxRetries()).isEqualTo(2);
    }

    @Test
    void reads_openai_with_a_default_model() {
        var config = LlmConfig.fromEnv(Map.of("GATEHOUSE_LLM_PROVIDER", "OpenAI", "GATEHOUSE_LLM_API_KEY", "sk-1"));

        assertThat(config.provider()).isEqualTo(Provider.OPENAI);
        assertThat(config.model()).isEqualTo("gpt-4o-mini");
        assertThat(config.baseUrl()).isNull();
    }

    @Test
    void reads_every_setting() {
        var config = LlmConfig.fromEnv(Map.of(
                "GATEHOUSE_LLM_PROVIDER", "anthropic",
                "GATEHOUSE_LLM_API_KEY", "sk-ant-1",
                "GATEHOUSE_LLM_MODEL", "claude-3-5-haiku-20241022",
                "GATEHOUSE_LLM_TIMEOUT_SECONDS", "12",
                "GATEHOUSE_LLM_MAX_RETRIES", "0",
                "GATEHOUSE_LLM_PRICES", "claude-3-5-haiku=0.80/4.00"));

        assertThat(config.model()).isEqualTo("claude-3-5-haiku-20241022");
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(12));
        assertThat(config.maxRetries()).isZero();
        assertThat(config.prices().cost(config.model(), 1_000_000, 0).priced()).isTrue();
    }

    @Test
    void openai_compatible_server_needs_no_key() {
        var config = LlmConfig.fromEnv(Map.of("GATEHOUSE_LLM_PROVIDER", "openai",
                "GATEHOUSE_LLM_BASE_URL", "http://localhost:8000/v1", "GATEHOUSE_LLM_MODEL", "qwen2.5-7b"));

        assertThat(config.apiKey()).isNull();
        assertThat(config.baseUrl()).isEqualTo("http://localhost:8000/v1");
    }

    @Test
    void ollama_defaults_to_the_local_server() {
        var config = LlmConfig.fromEnv(Map.of("GATEHOUSE_LLM_PROVIDER", "ollama"));

        assertThat(config.baseUrl()).isEqualTo("http://localhost:11434");
        assertThat(config.model()).isEqualTo("llama3.1");
    }

    @Test
    void anthropic_without_a_key_is_refused() {
        assertThatThrownBy(() -> LlmConfig.fromEnv(Map.of("GATEHOUSE_LLM_PROVIDER", "anthropic")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .singleElement().asString().contains("GATEHOUSE_LLM_API_KEY"));
    }

    @Test
    void collects_every_problem_before_failing() {
        var env = Map.of(
                "GATEHOUSE_LLM_PROVIDER", "gemini",
                "GATEHOUSE_LLM_BASE_URL", "localhost:8000",
                "GATEHOUSE_LLM_TIMEOUT_SECONDS", "soon",
                "GATEHOUSE_LLM_MAX_RETRIES", "-1",
                "GATEHOUSE_LLM_PRICES", "gpt-4o-mini=cheap");

        assertThatThrownBy(() -> LlmConfig.fromEnv(env))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(5)
                        .anyMatch(p -> p.startsWith("GATEHOUSE_LLM_PROVIDER"))
                        .anyMatch(p -> p.startsWith("GATEHOUSE_LLM_BASE_URL"))
                        .anyMatch(p -> p.startsWith("GATEHOUSE_LLM_TIMEOUT_SECONDS"))
                        .anyMatch(p -> p.startsWith("GATEHOUSE_LLM_MAX_RETRIES"))
                        .anyMatch(p -> p.startsWith("GATEHOUSE_LLM_PRICES")));
    }

    @Test
    void to_string_masks_the_api_key() {
        var config = LlmConfig.fromEnv(Map.of("GATEHOUSE_LLM_PROVIDER", "openai", "GATEHOUSE_LLM_API_KEY", "sk-live-XYZ"));

        assertThat(config.toString()).doesNotContain("sk-live-XYZ").contains("apiKey=****");
    }
}
