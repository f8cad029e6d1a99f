package dev.gatehouse.engine.ai;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChatModelsTest {

    @Test
    void no_provider_means_no_model() {
        assertThat(ChatModels.create(LlmConfig.NONE)).isEmpty();
    }

    @Test
    void builds_the_model_of_each_provider() {
        var openAi = LlmConfig.fromEnv(Map.of("GATEHOUSE_LLM_PROVIDER", "openai", "GATEHOUSE_LLM_API_KEY", "k"));
        var anthropic = LlmConfig.fromEnv(Map.of("GATEHOUSE_LLM_PROVIDER", "anthropic", "GATEHOUSE_LLM_API_KEY", "k"));
        var ollama = LlmConfig.fromEnv(Map.of("GATEHOUSE_LLM_PROVIDER", "ollama"));

        assertThat(ChatModels.create(openAi)).containsInstanceOf(OpenAiChatModel.class);
        assertThat(ChatModels.create(anthropic)).containsInstanceOf(AnthropicChatModel.class);
        assertThat(ChatModels.create(ollama)).containsInstanceOf(OllamaChatModel.class);
    }

    @Test
    void without_a_provider_the_offline_writer_is_used_alone() {
        var offline = new Requests.OfflineStub();

        assertThat(ResilientWriter.forConfig(LlmConfig.NONE, offline, new InMemoryUsageSink())).isSameAs(offline);
    }
}
