package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Writer;
import dev.gatehouse.engine.writing.WritingRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;

/**
 * The LLM writer with retries (Resilience4j, see {@link RetryPolicy}) and the offline writer
 * behind it. Rate limits (honouring Retry-After), 5xx and timeouts are retried with backoff; a
 * malformed answer or a rejected request falls back at once. Every attempt is metered, failed ones
 * too (by the model's {@link UsageMeter}), and a fallback is recorded as its own row. The draft's {@code writer} says who wrote it.
 */
public final class ResilientWriter implements Writer {
    public static final String PURPOSE = LlmWriter.PURPOSE;
    private static final Logger log = LoggerFactory.getLogger(ResilientWriter.class);

    private final LlmWriter llm;
    private final Writer fallback;
    private final Retrying retrying;

    /** @param waits what to sleep for each planned wait between attempts (tests record it and return zero) */
    public ResilientWriter(LlmWriter llm, Writer fallback, RetryPolicy policy, UnaryOperator<Duration> waits,
                           DoubleSupplier random) {
        this.llm = Objects.requireNonNull(llm, "llm");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.retrying = new Retrying(policy, Objects.requireNonNull(waits, "waits"), Objects.requireNonNull(random, "random"));
    }

    public ResilientWriter(LlmWriter llm, Writer fallback, RetryPolicy policy) {
        this(llm, fallback, policy, UnaryOperator.identity(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The writer for this configuration: the offline one alone when no provider is set. */
    public static Writer forConfig(LlmConfig config, Writer offline, UsageSink usage) {
        return forLlm(Llm.forConfig(config, usage), offline);
    }

    /** The writer on a shared model: the offline one alone when there is none. */
    public static Writer forLlm(Optional<Llm> llm, Writer offline) {
        return llm.<Writer>map(model -> new ResilientWriter(new LlmWriter(model), offline,
                RetryPolicy.from(model.config()))).orElse(offline);
    }

    @Override
    public String name() {
        return llm.name();
    }

    @Override
    public Draft write(WritingRequest request) {
        return write(request, null);
    }

    /** @param touchId the touch being drafted, recorded with the usage rows; null when not known yet */
    @Override
    public Draft write(WritingRequest request, Long touchId) {
        long started = System.nanoTime();
        return switch (retrying.run(retry -> llm.attempt(request, touchId, retry))) {
            case Attempt.Written written -> written.draft();
            case Attempt.Failed failed -> fallBack(request, failed, started, touchId);
        };
    }

    private Draft fallBack(WritingRequest request, Attempt.Failed last, long started, Long touchId) {
        log.warn("LLM writer {} ({}) gave up after {}: {}; using the {} writer", llm.name(), llm.model(),
                last.failure(), last.detail(), fallback.name());
        var draft = fallback.write(request);
        llm.meter().fallback(PURPOSE, touchId, (System.nanoTime() - started) / 1_000_000);
        return draft;
    }
}
