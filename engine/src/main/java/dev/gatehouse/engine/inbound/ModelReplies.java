package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.pipeline.TouchDrafting;
import dev.gatehouse.engine.verify.Problem;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.ReplyRequest;
import dev.gatehouse.engine.writing.ReplyWriter;

import java.util.ArrayList;
import java.util.Optional;

/**
 * Suggested replies written by the model, held to the first email's standard: each draft gets
 * the same verifier (and judge) as a first email plus the {@link ReplyChecks}, and is rewritten
 * with the problems fed back up to {@code maxRewrites} times; what still fails goes to review
 * blocked, with the reasons. Empty when the model could not write at all (the template is used).
 */
final class ModelReplies {
    record Result(Draft draft, Verification verification, int attempts) {
    }

    private final ReplyWriter writer;
    private final TouchDrafting touches;
    private final int maxRewrites;

    ModelReplies(ReplyWriter writer, TouchDrafting touches, int maxRewrites) {
        this.writer = writer;
        this.touches = touches;
        this.maxRewrites = maxRewrites;
    }

    /** @param touchId the reserved id of the touch the reply will be, for metering */
    Optional<Result> write(ReplyRequest request, long touchId) {
        var current = request;
        Result last = null;
        for (int attempt = 1; attempt <= maxRewrites + 1; attempt++) {
            var draft = writer.write(current, touchId);
            if (draft.isEmpty()) return Optional.ofNullable(last);
            var verification = check(draft.get(), current);
            last = new Result(draft.get(), verification, attempt);
            if (verification.passed()) break;
            current = current.withFeedback(verification.problems().stream()
                    .map(p -> "The checker blocked: \"" + p.claim() + "\" — " + p.reason() + ". Remove or fix it.")
                    .toList());
        }
        return Optional.of(last);
    }

    Verification check(Draft draft, ReplyRequest request) {
        var problems = new ArrayList<Problem>(
                touches.check(ReplyChecks.withoutSlots(draft, request.slots()), request.context()).problems());
        problems.addAll(ReplyChecks.placeholders(draft));
        problems.addAll(ReplyChecks.times(draft, request.slots()));
        return Verification.of(problems);
    }
}
