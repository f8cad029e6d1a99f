package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.ai.UsageMeter.Metered;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Writer;
import dev.gatehouse.engine.writing.WritingRequest;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a draft with an LLM through the {@link Services.EmailWriter} AI service: rules from
 * {@code prompts/writer.md}, the request's grounds as the user message, a {@link WrittenEmail}
 * back. Cited ids that are not among the request's signals are dropped. One call per
 * {@link #attempt}, metered by the model's {@link UsageMeter}; retries and fallback live in
 * {@link ResilientWriter}.
 */
public final class LlmWriter implements Writer {
    public static final String PURPOSE = "write_email";

    private final Llm llm;
    private final Services.EmailWriter service;
    private final EmailPrompt prompt = new EmailPrompt();

    public LlmWriter(Llm llm) {
        this.llm = Objects.requireNonNull(llm, "llm");
        this.service = Services.build(Services.EmailWriter.class, llm);
    }

    @Override
    public String name() {
        return llm.provider();
    }

    public String model() {
        return llm.model();
    }

    UsageMeter meter() {
        return llm.meter();
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
        return attempt(request, null, false);
    }

    /** @param retry whether an earlier attempt for this draft failed (metered as RETRIED when this one works) */
    Attempt attempt(WritingRequest request, Long touchId, boolean retry) {
        return attempt(PURPOSE, prompt.system(Prompts.WRITER, request), prompt.user(request), request, touchId, retry);
    }

    /** One call with other rules and material (a suggested reply); {@code grounds} bounds the cited signals. */
    Attempt attempt(String purpose, String system, String user, WritingRequest grounds, Long touchId, boolean retry) {
        Metered<WrittenEmail> metered = llm.meter().call(purpose, touchId, retry, () -> service.write(system, user));
        return switch (metered) {
            case Metered.Answer<WrittenEmail> answer -> new Attempt.Written(draft(answer.value(), grounds),
                    answer.tokensIn(), answer.tokensOut(), answer.latencyMs());
            case Metered.Unusable<WrittenEmail> unusable -> new Attempt.Failed(Attempt.Failure.MALFORMED,
                    unusable.detail(), Optional.empty(), unusable.tokensIn(), unusable.tokensOut(), unusable.latencyMs());
            case Metered.Failed<WrittenEmail> failed -> Failures.classify(failed.error(), failed.latencyMs());
        };
    }

    private Draft draft(WrittenEmail email, WritingRequest request) {
        var known = request.signals().stream().map(Signal::id).collect(Collectors.toSet());
        var cited = email.citedSignalIds().stream().filter(known::contains).distinct().toList();
        return new Draft(email.subject(), email.body(), cited, llm.provider(), llm.model());
    }
}
