package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.replies.ReplyLabel;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the LLM triage answers. {@code returnDate} is "MM-DD" (out-of-office only) and
 * {@code referredTo} an address (referral only); null or blank means none.
 */
record TriageAnswer(ReplyLabel label, Double confidence, String returnDate, String referredTo) {
    private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}",
            Pattern.CASE_INSENSITIVE);

    TriageAnswer {
        Objects.requireNonNull(label, "label");
        if (confidence == null || !(confidence >= 0 && confidence <= 1)) {
            throw new MalformedOutputException("confidence must be a number in 0..1, got " + confidence);
        }
        returnDate = returnDate == null || returnDate.isBlank() ? null : returnDate.strip();
        if (returnDate != null && !MONTH_DAY.matcher(returnDate).matches()) {
            throw new MalformedOutputException("returnDate must be \"MM-DD\" or empty, got " + returnDate);
        }
        if (returnDate != null) parseMonthDay(returnDate);
        referredTo = referredTo == null || referredTo.isBlank() ? null : referredTo.strip();
        if (referredTo != null && !EMAIL.matcher(referredTo).matches()) {
            throw new MalformedOutputException("referredTo must be an email address or empty, got " + referredTo);
        }
    }

    MonthDay returnMonthDay() {
        return returnDate == null ? null : parseMonthDay(returnDate);
    }

    private static MonthDay parseMonthDay(String text) {
        try {
            return MonthDay.parse("--" + text);
        } catch (DateTimeException e) {
            throw new MalformedOutputException("returnDate is not a date: " + text);
        }
    }
}
