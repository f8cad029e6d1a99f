package dev.gatehouse.engine.replies;

import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * The triage verdict for one reply, shown to the reviewer with its reasons.
 *
 * @param returnDate only for {@link ReplyLabel#OUT_OF_OFFICE}, null when none was stated
 * @param referredTo only for {@link ReplyLabel#REFERRAL}, null when no address was offered
 */
public record TriageResult(
        ReplyLabel label,
        double confidence,
        MonthDay returnDate,
        String referredTo,
        boolean injectionSuspected,
        List<String> reasons) {

    public TriageResult {
        Objects.requireNonNull(label, "label");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
        }
        if (returnDate != null && label != ReplyLabel.OUT_OF_OFFICE) {
            throw new IllegalArgumentException("return date only for out_of_office");
        }
        if (referredTo != null && label != ReplyLabel.REFERRAL) {
            throw new IllegalArgumentException("referred_to only for referral");
        }
        if (injectionSuspected && (label == ReplyLabel.INTERESTED || label == ReplyLabel.MEETING_REQUEST)) {
            throw new IllegalArgumentException("a suspected injection is never interest");
        }
        reasons = List.copyOf(reasons);
    }

    public static TriageResult of(ReplyLabel label, double confidence, String reason) {
        return new TriageResult(label, confidence, null, null, false, List.of(reason));
    }
}
