package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.replies.TriageResult;
import dev.gatehouse.engine.replies.ingest.InboundMessage;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The label a reply is acted on by. What the MIME parser knows for certain (a delivery status
 * report, an auto-reply header) wins over the text classifier; the return date is resolved to
 * the next such day on or after the reply.
 */
public record Verdict(ReplyLabel label, double confidence, LocalDate returnDate, String referredTo,
                      boolean injectionSuspected, boolean hardBounce, List<String> reasons) {
    public Verdict {
        Objects.requireNonNull(label, "label");
        reasons = List.copyOf(reasons);
    }

    public boolean escalate() {
        return injectionSuspected || label == ReplyLabel.ESCALATION;
    }

    public static Verdict of(InboundMessage message, TriageResult triage) {
        var reasons = new ArrayList<>(triage.reasons());
        if (message.bounce().isPresent()) {
            var bounce = message.bounce().get();
            reasons.addFirst("delivery status report: " + Objects.requireNonNullElse(bounce.status(), bounce.action()));
            return new Verdict(ReplyLabel.BOUNCE, 1.0, null, null, false, bounce.isHard(), reasons);
        }
        var label = triage.label();
        var confidence = triage.confidence();
        if (message.autoReply() && !triage.injectionSuspected()
                && label != ReplyLabel.OUT_OF_OFFICE && label != ReplyLabel.REFERRAL && label != ReplyLabel.BOUNCE) {
            reasons.addFirst("auto-reply headers");
            label = ReplyLabel.OUT_OF_OFFICE;
            confidence = Math.max(confidence, 0.9);
        }
        var received = message.receivedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        var returnDate = label == ReplyLabel.OUT_OF_OFFICE ? nextOnOrAfter(triage.returnDate(), received) : null;
        return new Verdict(label, confidence, returnDate, label == ReplyLabel.REFERRAL ? triage.referredTo() : null,
                triage.injectionSuspected(), label == ReplyLabel.BOUNCE, reasons);
    }

    static LocalDate nextOnOrAfter(MonthDay day, LocalDate from) {
        if (day == null) return null;
        var candidate = day.atYear(from.getYear());
        return candidate.isBefore(from) ? day.atYear(from.getYear() + 1) : candidate;
    }
}
