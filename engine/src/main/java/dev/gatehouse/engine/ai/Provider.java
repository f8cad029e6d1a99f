package dev.gatehouse.engine.ai;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which LLM backend writes drafts; {@code NONE} means the offline writer only. */
public enum Provider {
    NONE(""),
    OPENAI("gpt-4o-mini"),
    ANTHROPIC("claude-3-5-haiku-latest"),
    OLLAMA("llama3.1");

    private final String defaultModel;

    Provider(String defaultModel) {
        this.defaultModel = defaultModel;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String defaultModel() {
        return defaultModel;
    }

    /**
     * OpenAI's own API and Anthropic need a key; an OpenAI-compatible server at a custom base URL
     * (vLLM, llama.cpp, LM Studio) and Ollama usually do not.
     */
    public boolean needsApiKey(String baseUrl) {
        return switch (this) {
            case ANTHROPIC -> true;
            case OPENAI -> baseUrl == null;
            case NONE, OLLAMA -> false;
        };
    }

    public static Optional<Provider> fromWire(String value) {
        if (value == null) return Optional.empty();
        var normalized = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.wire().equals(normalized)).findFirst();
    }
}
