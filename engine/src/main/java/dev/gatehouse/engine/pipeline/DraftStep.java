package dev.gatehouse.engine.pipeline;

import dev.gatehouse.engine.ai.ClaimJudge;
import dev.gatehouse.engine.verify.Grounds;
import dev.gatehouse.engine.verify.NearDuplicates;
import dev.gatehouse.engine.verify.Problem;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.verify.Verifier;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.verify.GuardrailCheck;
import dev.gatehouse.engine.writing.Writer;
import dev.gatehouse.engine.writing.WritingRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Write, verify, and rewrite with the problems fed back, a bounded number of times. Rule-based
 * checks always run; what is still unsupported after the last try goes to a person as blocked.
 * A draft that passes but repeats a paragraph of the day's emails is written again in other words;
 * repetition alone never blocks (after the last try the least repetitive passing draft is kept).
 */
public final class DraftStep {
    private final Writer writer;
    private final Verifier verifier;
    private final GuardrailCheck guardrails;
    private final ClaimJudge judge;
    private final int maxRewrites;
    private final Supplier<NearDuplicates> sentToday;

    public DraftStep(Writer writer, Verifier verifier, GuardrailCheck guardrails, int maxRewrites) {
        this(writer, verifier, guardrails, ClaimJudge.NONE, maxRewrites);
    }

    /** With a judge (an LLM when configured) that may add problems the rules missed, never remove any. */
    public DraftStep(Writer writer, Verifier verifier, GuardrailCheck guardrails, ClaimJudge judge, int maxRewrites) {
        this(writer, verifier, guardrails, judge, maxRewrites, () -> NearDuplicates.NONE);
    }

    /** With the day's emails so far ({@code sentToday}, read once per draft), which a new draft must not repeat. */
    public DraftStep(Writer writer, Verifier verifier, GuardrailCheck guardrails, ClaimJudge judge, int maxRewrites,
                     Supplier<NearDuplicates> sentToday) {
        this.writer = writer;
        this.verifier = verifier;
        this.guardrails = guardrails;
        this.judge = judge;
        this.maxRewrites = maxRewrites;
        this.sentToday = sentToday;
    }

    public record Result(Draft draft, Verification verification, int attempts) {
    }

    public Result draft(WritingRequest request) {
        return draft(request, null);
    }

    /** Drafts for a touch whose id is reserved, so model usage is metered per touch. */
    public Result draft(WritingRequest request, Long touchId) {
        var repeats = sentToday.get();
        var current = request;
        Draft draft = null;
        Verification verification = null;
        Result leastRepeated = null;
        double leastSimilarity = Double.MAX_VALUE;
        for (int attempt = 1; attempt <= maxRewrites + 1; attempt++) {
            draft = writer.write(current, touchId);
            verification = check(draft, current);
            if (verification.passed()) {
                var repeated = repeats.repeated(draft.body());
                if (repeated.isEmpty()) return new Result(draft, verification, attempt);
                if (repeated.get().similarity() < leastSimilarity) {
                    leastSimilarity = repeated.get().similarity();
                    leastRepeated = new Result(draft, verification, attempt);
                }
                current = current.withFeedback(List.of(REWORD));
                continue;
            }
            current = current.withFeedback(verification.problems().stream()
                    .map(p -> "The verifier blocked: \"" + p.claim() + "\" — " + p.reason() + ". Remove or fix it.")
                    .toList());
        }
        return leastRepeated != null ? leastRepeated : new Result(draft, verification, maxRewrites + 1);
    }

    /** Feedback for a draft that repeats the day's emails: it names no sentence, so nothing is dropped. */
    static final String REWORD = "Too similar to an email already sent today: say it in other words and in another "
            + "order, keeping every fact.";

    /** The same checks for any text, the judge included. */
    public Verification check(Draft draft, WritingRequest request) {
        var problems = new ArrayList<Problem>(ruleProblems(draft, request));
        if (judge != ClaimJudge.NONE) problems.addAll(judge.judge(draft, groundsText(request)));
        return Verification.of(List.copyOf(problems));
    }

    /**
     * The rule-based verifier and guardrails only, never the judge: milliseconds, no model call,
     * so it can run inside a Slack acknowledgement (a person's edit is checked this way).
     */
    public Verification checkRules(Draft draft, WritingRequest request) {
        return Verification.of(ruleProblems(draft, request));
    }

    private List<Problem> ruleProblems(Draft draft, WritingRequest request) {
        var problems = new ArrayList<Problem>(verifier.verify(draft, Grounds.of(request)).problems());
        problems.addAll(guardrails.check(draft, request.guardrails(), request.offer()));
        return List.copyOf(problems);
    }

    private static String groundsText(WritingRequest request) {
        var text = new StringBuilder("Signals:\n");
        request.signals().forEach(s -> text.append("- [").append(s.id()).append("] ").append(s.summary()).append('\n'));
        text.append("Offer: ").append(request.offer().valueProp()).append("\nProof points:\n");
        request.offer().proofPoints().forEach(p -> text.append("- ").append(p).append('\n'));
        text.append("Customers: ").append(String.join(", ", request.offer().customers())).append('\n');
        return text.toString();
    }
}
