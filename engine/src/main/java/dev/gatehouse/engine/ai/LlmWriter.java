package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Writer;
import dev.gatehouse.engine.writing.WritingRequest;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a draft with an LLM: rules from {@code prompts/write-email.txt}, the request's grounds as
 * the user message, a JSON answer parsed strictly. Cited ids that are not among the request's
 * signals are dropped. One call per {@link #attempt}; retries and fallback live in {@link ResilientWriter}.
 */
public final class LlmWriter implements Writer {
    private final ChatModel model;
    private final String provider;
    private final String modelName;
    private final EmailPrompt prompt = new EmailPrompt();

    public LlmWriter(ChatModel model, String provider, String modelName) {
        this.model = Objects.requireNonNull(model, "model");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.modelName = Objects.requireNonNull(modelName, "modelName");
    }

    public LlmWriter(ChatModel model, LlmConfig config) {
        this(model, config.provider().wire(), config.model());
    }

    @Override
    public String name() {
        return provider;
    }

    public String model() {
        return modelName;
    }

    /** One try, no retry: throws {@link LlmWriteException} when the model fails. Prefer {@link ResilientWriter}. */
    @Override
    public Draft write(WritingRequest request) {
        return switch (attempt(request)) {
            case Attempt.Written written -> written.draft();
            case Attempt.Failed failed -> throw new LlmWriteException(failed);
        };
    }

    public Attempt attempt(WritingRequest request) {
        var chat = ChatRequest.builder()
                .messages(SystemMessage.from(prompt.system(request)), UserMessage.from(prompt.user(request)));
        if (model.supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA)) {
            chat.responseFormat(DraftJson.FORMAT);
        }
        long started = System.nanoTime();
        ChatResponse response;
        try {
            response = model.chat(chat.build());
        } catch (RuntimeException e) {
            return Failures.classify(e, elapsedMs(started));
        }
        long latency = elapsedMs(started);
        var usage = response.tokenUsage();
        int in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        try {
            var text = response.aiMessage() == null ? null : response.aiMessage().text();
            var parsed = DraftJson.parse(text);
            var known = request.signals().stream().map(Signal::id).collect(Collectors.toSet());
            var cited = parsed.citedSignalIds().stream().filter(known::contains).distinct().toList();
            return new Attempt.Written(new Draft(parsed.subject(), parsed.body(), cited, provider, modelName),
                    in, out, latency);
        } catch (MalformedOutputException e) {
            return new Attempt.Failed(Attempt.Failure.MALFORMED, e.getMessage(), Optional.empty(),
                    in, out, latency);
        }
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
