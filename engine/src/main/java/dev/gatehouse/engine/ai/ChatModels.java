package dev.gatehouse.engine.ai;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.util.List;
import java.util.Optional;

/**
 * Builds the LangChain4j chat model for the configured provider. LangChain4j's own retries are
 * off ({@code maxRetries(0)}): {@link ResilientWriter} retries, meters each attempt and falls back.
 */
public final class ChatModels {
    /** Enough for a short email as JSON; bounds the cost of a runaway answer. */
    static final int MAX_OUTPUT_TOKENS = 800;
    static final double TEMPERATURE = 0.4;

    private ChatModels() {
    }

    public static Optional<ChatModel> create(LlmConfig config) {
        return create(config, List.of());
    }

    /** @param listeners told of every request, answer and error (token metering is one) */
    public static Optional<ChatModel> create(LlmConfig config, List<ChatModelListener> listeners) {
        return switch (config.provider()) {
            case NONE -> Optional.empty();
            case OPENAI -> Optional.of(openAi(config, listeners));
            case ANTHROPIC -> Optional.of(anthropic(config, listeners));
            case OLLAMA -> Optional.of(ollama(config, listeners));
        };
    }

    private static ChatModel openAi(LlmConfig config, List<ChatModelListener> listeners) {
        var builder = OpenAiChatModel.builder()
                .httpClientBuilder(HeaderKeepingHttpClient.builder())
                // a compatible server without auth still gets a syntactically valid header
                .apiKey(config.apiKey() == null ? "unused" : config.apiKey())
                .modelName(config.model())
                .timeout(config.timeout())
                .maxRetries(0)
                .temperature(TEMPERATURE)
                .maxTokens(MAX_OUTPUT_TOKENS)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .strictJsonSchema(true)
                .logRequests(false)
                .logResponses(false)
                .listeners(listeners);
        if (config.baseUrl() != null) builder.baseUrl(config.baseUrl());
        return builder.build();
    }

    private static ChatModel anthropic(LlmConfig config, List<ChatModelListener> listeners) {
        var builder = AnthropicChatModel.builder()
                .httpClientBuilder(HeaderKeepingHttpClient.builder())
                .apiKey(config.apiKey())
                .modelName(config.model())
                .timeout(config.timeout())
                .maxRetries(0)
                .temperature(TEMPERATURE)
                .maxTokens(MAX_OUTPUT_TOKENS)
                .logRequests(false)
                .logResponses(false)
                .listeners(listeners);
        if (config.baseUrl() != null) builder.baseUrl(config.baseUrl());
        return builder.build();
    }

    private static ChatModel ollama(LlmConfig config, List<ChatModelListener> listeners) {
        return OllamaChatModel.builder()
                .httpClientBuilder(HeaderKeepingHttpClient.builder())
                .baseUrl(config.baseUrl())
                .modelName(config.model())
                .timeout(config.timeout())
                .maxRetries(0)
                .temperature(TEMPERATURE)
                .numPredict(MAX_OUTPUT_TOKENS)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .logRequests(false)
                .logResponses(false)
                .listeners(listeners)
                .build();
    }
}
