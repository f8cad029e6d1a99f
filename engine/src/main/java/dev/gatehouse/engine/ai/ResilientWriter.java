package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.ai.LlmCall.Outcome;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Writer;
import dev.gatehouse.engine.writing.WritingRequest;
import io.github.resilience4j.retry.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;

/**
 * The LLM writer with retries (Resilience4j, see {@link RetryPolicy}) and the offline writer
 * behind it. Rate limits (honouring Retry-After), 5xx and timeouts are retried with backoff; a
 * malformed answer or a rejected request falls back at once. Every attempt is metered, failed ones
 * too, and a fallback is recorded as its own row. The draft's {@code writer} says who wrote it.
 */
public final class ResilientWriter implements Writer {
    public static final String PURPOSE = "write_email";
    private static final Logger log = LoggerFactory.getLogger(ResilientWriter.class);

    private final LlmWriter llm;
    private final Writer fallback;
    private final Retry retry;
    private final PriceTable prices;
    private final UsageSink usage;

    /** @param waits what to sleep for each planned wait between attempts (tests record it and return zero) */
    public ResilientWriter(LlmWriter llm, Writer fallback, RetryPolicy policy, PriceTable prices, UsageSink usage,
                           UnaryOperator<Duration> waits, DoubleSupplier random) {
        this.llm = Objects.requireNonNull(llm, "llm");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.retry = policy.retry(Objects.requireNonNull(waits, "waits"), Objects.requireNonNull(random, "random"));
        this.prices = Objects.requireNonNull(prices, "prices");
        this.usage = Objects.requireNonNull(usage, "usage");
    }

    public ResilientWriter(LlmWriter llm, Writer fallback, LlmConfig config, UsageSink usage) {
        this(llm, fallback, RetryPolicy.from(config), config.prices(), usage, UnaryOperator.identity(),
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
        var attempts = new ArrayList<Attempt>();
        try {
            retry.executeSupplier(() -> metered(request, attempts, touchId));
        } catch (CancellationException interrupted) {
            // the wait before a retry was interrupted (the flag stays set): fall back with what we have
        }
        return switch (attempts.getLast()) {
            case Attempt.Written written -> written.draft();
            case Attempt.Failed failed -> fallBack(request, failed, started, touchId);
        };
    }

    private Attempt metered(WritingRequest request, List<Attempt> earlier, Long touchId) {
        var attempt = llm.attempt(request);
        var outcome = switch (attempt) {
            case Attempt.Written written -> earlier.isEmpty() ? Outcome.OK : Outcome.RETRIED;
            case Attempt.Failed failed -> failed.failure() == Attempt.Failure.MALFORMED ? Outcome.MALFORMED
                    : Outcome.FAILED;
        };
        var cost = prices.cost(llm.model(), attempt.tokensIn(), attempt.tokensOut());
        usage.record(new LlmCall(PURPOSE, llm.name(), llm.model(), attempt.tokensIn(), attempt.tokensOut(),
                cost.usd(), cost.priced(), attempt.latencyMs(), outcome), touchId);
        earlier.add(attempt);
        return attempt;
    }

    private Draft fallBack(WritingRequest request, Attempt.Failed last, long started, Long touchId) {
        log.warn("LLM writer {} ({}) gave up after {}: {}; using the {} writer", llm.name(), llm.model(),
                last.failure(), last.detail(), fallback.name());
        var draft = fallback.write(request);
        usage.record(new LlmCall(PURPOSE, llm.name(), llm.model(), 0, 0, null, true,
                (System.nanoTime() - started) / 1_000_000, Outcome.FALLBACK), touchId);
        return draft;
    }
}
