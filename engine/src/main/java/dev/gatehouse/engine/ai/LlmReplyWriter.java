package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.ReplyRequest;
import dev.gatehouse.engine.writing.ReplyWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;

/**
 * Suggested answers to a prospect's reply, written by the model under {@code prompts/reply.md}
 * from the thread, the prospect's words, the offer and the research, with the same retries as
 * first emails. When the model gives up the answer is empty and the offline template is used.
 * Metered with purpose {@value #PURPOSE}.
 */
public final class LlmReplyWriter implements ReplyWriter {
    public static final String PURPOSE = "write_reply";
    private static final Logger log = LoggerFactory.getLogger(LlmReplyWriter.class);

    private final LlmWriter llm;
    private final Retrying retrying;
    private final EmailPrompt prompt = new EmailPrompt();

    public LlmReplyWriter(Llm llm, RetryPolicy policy, UnaryOperator<Duration> waits, DoubleSupplier random) {
        this.llm = new LlmWriter(Objects.requireNonNull(llm, "llm"));
        this.retrying = new Retrying(policy, waits, random);
    }

    public LlmReplyWriter(Llm llm) {
        this(llm, RetryPolicy.from(llm.config()), UnaryOperator.identity(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The reply writer on a shared model: none when there is no model. */
    public static Optional<ReplyWriter> forLlm(Optional<Llm> llm) {
        return llm.map(LlmReplyWriter::new);
    }

    @Override
    public Optional<Draft> write(ReplyRequest request, Long touchId) {
        long started = System.nanoTime();
        var system = prompt.system(Prompts.REPLY, request.context());
        var user = prompt.user(request);
        return switch (retrying.run(retry -> llm.attempt(PURPOSE, system, user, request.context(), touchId, retry))) {
            case Attempt.Written written -> Optional.of(written.draft());
            case Attempt.Failed failed -> {
                log.warn("LLM reply writer {} ({}) gave up after {}: {}; proposing the template", llm.name(),
                        llm.model(), failed.failure(), failed.detail());
                llm.meter().fallback(PURPOSE, touchId, (System.nanoTime() - started) / 1_000_000);
                yield Optional.empty();
            }
        };
    }
}
