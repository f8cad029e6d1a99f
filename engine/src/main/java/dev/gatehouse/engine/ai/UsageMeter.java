package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.ai.LlmCall.Outcome;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Meters model calls through LangChain4j's listener hook: the chat model hands each answer's token
 * usage to {@link #onResponse}, and this class turns it into one {@link LlmCall} row for the usage
 * sink, priced by the {@link PriceTable}. A call site only says what a call is for ({@link #call});
 * it never reads tokens or prices. The outcome is known once the AI service has parsed the answer:
 * answered and parsed is OK (RETRIED after a failed attempt), answered but unparseable is
 * MALFORMED (its tokens still cost money), not answered is FAILED. A model call made outside
 * {@link #call} is still recorded, with purpose {@value #UNSCOPED}.
 */
public final class UsageMeter implements ChatModelListener {
    static final String UNSCOPED = "other";

    private final String provider;
    private final String model;
    private final PriceTable prices;
    private final UsageSink sink;
    /** What the listener saw of the call in {@link #call} on this thread (model listeners run on the caller's thread). */
    private final ThreadLocal<Seen> current = new ThreadLocal<>();

    public UsageMeter(LlmConfig config, UsageSink sink) {
        this.provider = config.provider().wire();
        this.model = config.model();
        this.prices = config.prices();
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** One metered call: the parsed value, an answer that could not be used, or a failure. */
    public sealed interface Metered<T> {
        record Answer<T>(T value, int tokensIn, int tokensOut, long latencyMs) implements Metered<T> {
        }

        record Unusable<T>(String detail, int tokensIn, int tokensOut, long latencyMs) implements Metered<T> {
        }

        record Failed<T>(RuntimeException error, long latencyMs) implements Metered<T> {
        }
    }

    private static final class Seen {
        boolean answered;
        int tokensIn;
        int tokensOut;
    }

    /**
     * Runs one AI-service call and records it. {@code retry} marks a call after a failed attempt.
     *
     * @param touchId the touch the call is for, or null when there is none yet
     */
    public <T> Metered<T> call(String purpose, Long touchId, boolean retry, Supplier<T> call) {
        var seen = new Seen();
        var outer = current.get();
        current.set(seen);
        long started = System.nanoTime();
        try {
            T value = call.get();
            long ms = elapsedMs(started);
            record(purpose, touchId, seen.tokensIn, seen.tokensOut, ms, retry ? Outcome.RETRIED : Outcome.OK);
            return new Metered.Answer<>(value, seen.tokensIn, seen.tokensOut, ms);
        } catch (RuntimeException e) {
            long ms = elapsedMs(started);
            if (!seen.answered) {
                record(purpose, touchId, 0, 0, ms, Outcome.FAILED);
                return new Metered.Failed<>(e, ms);
            }
            record(purpose, touchId, seen.tokensIn, seen.tokensOut, ms, Outcome.MALFORMED);
            return new Metered.Unusable<>(e.getClass().getSimpleName(), seen.tokensIn, seen.tokensOut, ms);
        } finally {
            if (outer == null) current.remove();
            else current.set(outer);
        }
    }

    /** The moment we gave up on the model for {@code purpose} and used the offline path instead. */
    public void fallback(String purpose, Long touchId, long latencyMs) {
        sink.record(new LlmCall(purpose, provider, model, 0, 0, null, true, latencyMs, Outcome.FALLBACK), touchId);
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        var usage = context.chatResponse() == null ? null : context.chatResponse().tokenUsage();
        int in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        var seen = current.get();
        if (seen == null) {
            record(UNSCOPED, null, in, out, 0, Outcome.OK);
            return;
        }
        seen.answered = true;
        seen.tokensIn += in;
        seen.tokensOut += out;
    }

    private void record(String purpose, Long touchId, int in, int out, long latencyMs, Outcome outcome) {
        var cost = prices.cost(model, in, out);
        sink.record(new LlmCall(purpose, provider, model, in, out, cost.usd(), cost.priced(), latencyMs, outcome), touchId);
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
