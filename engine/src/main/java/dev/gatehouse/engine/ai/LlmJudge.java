package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.ai.UsageMeter.Metered;
import dev.gatehouse.engine.verify.Problem;
import dev.gatehouse.engine.writing.Draft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An LLM that flags unsupported claims ({@code prompts/judge.md}) through the
 * {@link Services.ClaimChecker} AI service, answering a {@link JudgeVerdict}. One attempt, no
 * retry: it only adds to the rule-based verifier, so a failure costs nothing but the second
 * opinion. A flagged claim must be quoted from the draft, else it is dropped (the reviewer is shown
 * the exact words). Every call is metered with purpose {@code judge_claims}.
 */
public final class LlmJudge implements ClaimJudge {
    public static final String PURPOSE = "judge_claims";
    private static final Logger log = LoggerFactory.getLogger(LlmJudge.class);

    private final Llm llm;
    private final Services.ClaimChecker service;

    public LlmJudge(Llm llm) {
        this.llm = Objects.requireNonNull(llm, "llm");
        this.service = Services.build(Services.ClaimChecker.class, llm);
    }

    @Override
    public List<Problem> judge(Draft draft, String groundsText) {
        return judge(draft, groundsText, null);
    }

    public List<Problem> judge(Draft draft, String groundsText, Long touchId) {
        var material = "GROUNDS:\n<data>\n" + Resources.untrusted(groundsText) + "\n</data>\n\nDRAFT:\n<data>\nSubject: "
                + Resources.untrusted(draft.subject()) + "\n\n" + Resources.untrusted(draft.body()) + "\n</data>";
        Metered<JudgeVerdict> metered = llm.meter().call(PURPOSE, touchId, false,
                () -> service.judge(Prompts.JUDGE, material));
        return switch (metered) {
            case Metered.Answer<JudgeVerdict> answer -> problems(answer.value(), draft);
            case Metered.Unusable<JudgeVerdict> unusable -> {
                log.warn("claim judge answered malformed JSON ({}); keeping the rule-based result", unusable.detail());
                yield List.of();
            }
            case Metered.Failed<JudgeVerdict> failed -> {
                log.warn("claim judge failed ({}); keeping the rule-based result",
                        Failures.classify(failed.error(), 0).detail());
                yield List.of();
            }
        };
    }

    static List<Problem> problems(JudgeVerdict verdict, Draft draft) {
        var haystack = (draft.subject() + "\n" + draft.body()).toLowerCase(Locale.ROOT);
        var problems = new ArrayList<Problem>();
        for (var flag : verdict.problems()) {
            var claim = flag.claim() == null ? "" : flag.claim().strip();
            var reason = flag.reason() == null ? "" : flag.reason().strip();
            if (claim.isEmpty() || !haystack.contains(claim.toLowerCase(Locale.ROOT))) continue;
            problems.add(new Problem(claim, reason.isEmpty() ? "not supported by the signals or approved proof points"
                    : reason));
        }
        return List.copyOf(problems);
    }
}
