package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.ai.LlmCall.Outcome;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Writer;
import dev.gatehouse.engine.writing.WritingRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The LLM writer with our retries and the offline writer behind it. Rate limits (honouring
 * Retry-After), 5xx and timeouts are retried with backoff; a malformed answer or a rejected
 * request falls back at once. Every attempt is metered, failed ones too, and a fallback is
 * recorded as its own row. The draft's {@code writer} says who wrote it.
 */
public final class ResilientWriter implements Writer {
    public static final String PURPOSE = "write_email";
    private static final Logger log = LoggerFactory.getLogger(ResilientWriter.class);

    private final LlmWriter llm;
    private final Writer fallback;
    private final RetryPolicy policy;
    private final PriceTable prices;
    private final UsageSink usage;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    public ResilientWriter(LlmWriter llm, Writer fallback, RetryPolicy policy, PriceTable prices, UsageSink usage,
                           Sleeper sleeper, DoubleSupplier random) {
        this.llm = Objects.requireNonNull(llm, "llm");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.prices = Objects.requireNonNull(prices, "prices");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
    }

    public ResilientWriter(LlmWriter llm, Writer fallback, LlmConfig config, UsageSink usage) {
        this(llm, fallback, RetryPolicy.from(config), config.prices(), usage, Sleeper.REAL,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The writer for this configuration: the offline one alone when no provider is set. */
    public static Writer forConfig(LlmConfig config, Writer offline, UsageSink usage) {
        return ChatModels.create(config)
                .<Writer>map(model -> new ResilientWriter(new LlmWriter(model, config), offline, config, usage))
                .orElse(offline);
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
        for (int retry = 0; ; retry++) {
            var attempt = llm.attempt(request);
            switch (attempt) {
                case Attempt.Written written -> {
                    record(attempt, retry == 0 ? Outcome.OK : Outcome.RETRIED, touchId);
                    return written.draft();
                }
                case Attempt.Failed failed -> {
                    record(attempt, failed.failure() == Attempt.Failure.MALFORMED ? Outcome.MALFORMED : Outcome.FAILED,
                            touchId);
                    if (!waitBeforeRetry(failed, retry + 1)) return fallBack(request, failed, started, touchId);
                }
            }
        }
    }

    private boolean waitBeforeRetry(Attempt.Failed failed, int nextRetry) {
        if (!failed.failure().retriable() || nextRetry > policy.maxRetries()) return false;
        var delay = policy.delayBefore(nextRetry, failed.retryAfter(), random.getAsDouble());
        if (delay.isEmpty()) return false;
        try {
            sleeper.sleep(delay.get());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Draft fallBack(WritingRequest request, Attempt.Failed last, long started, Long touchId) {
        log.warn("LLM writer {} ({}) gave up after {}: {}; using the {} writer", llm.name(), llm.model(),
                last.failure(), last.detail(), fallback.name());
        var draft = fallback.write(request);
        usage.record(new LlmCall(PURPOSE, llm.name(), llm.model(), 0, 0, null, true,
                (System.nanoTime() - started) / 1_000_000, Outcome.FALLBACK), touchId);
        return draft;
    }

    private void record(Attempt attempt, Outcome outcome, Long touchId) {
        var cost = prices.cost(llm.model(), attempt.tokensIn(), attempt.tokensOut());
        usage.record(new LlmCall(PURPOSE, llm.name(), llm.model(), attempt.tokensIn(), attempt.tokensOut(),
                cost.usd(), cost.priced(), attempt.latencyMs(), outcome), touchId);
    }
}
