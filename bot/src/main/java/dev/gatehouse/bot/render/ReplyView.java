package dev.gatehouse.bot.render;

import java.util.Objects;

/**
 * A triaged prospect reply as the reviewer sees it; the lead maps engine data into it.
 *
 * @param label          the triage label (interested, not_now, ooo, referral, unsubscribe, ...)
 * @param confidence     0..1
 * @param suggestedReply nullable: no reply is suggested (e.g. unsubscribe)
 * @param returnDate     nullable: when an out-of-office contact is back, as text
 * @param referredTo     nullable: who the prospect pointed us to
 */
public record ReplyView(long replyId, String fromName, String fromEmail, String accountName, String label,
                        double confidence, String excerpt, String suggestedReply, String returnDate,
                        String referredTo, boolean injectionSuspected) {
    public ReplyView {
        if (replyId <= 0) throw new IllegalArgumentException("replyId must be positive");
        Objects.requireNonNull(fromEmail, "fromEmail");
        fromName = Objects.requireNonNullElse(fromName, fromEmail);
        accountName = Objects.requireNonNullElse(accountName, "");
        Objects.requireNonNull(label, "label");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence must be within 0..1");
        excerpt = Objects.requireNonNullElse(excerpt, "");
    }
}
