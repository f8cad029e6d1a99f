package dev.gatehouse.engine.ai;

import dev.langchain4j.model.chat.ChatModel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configured chat model with its usage meter attached as a model listener, shared by the
 * writer, the judge, the triage and the reply writer: every call any of them makes is metered.
 */
public record Llm(ChatModel chat, UsageMeter meter, LlmConfig config) {
    public Llm {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(config, "config");
    }

    /** Empty when no provider is configured (the offline models are used alone). */
    public static Optional<Llm> forConfig(LlmConfig config, UsageSink usage) {
        var meter = new UsageMeter(config, usage);
        return ChatModels.create(config, List.of(meter)).map(chat -> new Llm(chat, meter, config));
    }

    public String provider() {
        return config.provider().wire();
    }

    public String model() {
        return config.model();
    }
}
