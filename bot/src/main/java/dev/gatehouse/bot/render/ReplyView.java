package dev.gatehouse.bot.render;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A handled prospect reply as the team sees it in Slack.
 *
 * @param subject         the prospect's subject line (the modal answers with "Re: " it)
 * @param label           the triage label's wire name (interested, not_now, out_of_office, ...)
 * @param confidence      0..1
 * @param unsure          triage was too unsure to act on the label: a person must read it
 * @param returnDate      nullable: when an out-of-office contact is back, as text
 * @param referredTo      nullable: who the prospect pointed us to
 * @param text            what they wrote (plain text, shown as data, never as mrkdwn)
 * @param actionsTaken    what Gatehouse did about it, one line each
 * @param proposedTouchId nullable: a touch Gatehouse proposed (a suggested reply or an intro), reviewed in its own message
 * @param canReply        the reply is part of one of our threads, so a person can answer it
 * @param handled         nullable until a person dismissed it or wrote the answer
 */
public record ReplyView(long replyId, String fromName, String fromEmail, String accountName, String subject,
                        String label, double confidence, boolean unsure, boolean injectionSuspected,
                        String returnDate, String referredTo, String text, List<String> actionsTaken,
                        Long proposedTouchId, boolean canReply, Handled handled) {
    public ReplyView {
        if (replyId <= 0) throw new IllegalArgumentException("replyId must be positive");
        Objects.requireNonNull(fromEmail, "fromEmail");
        fromName = fromName == null || fromName.isBlank() ? fromEmail : fromName;
        accountName = Objects.requireNonNullElse(accountName, "");
        subject = Objects.requireNonNullElse(subject, "");
        Objects.requireNonNull(label, "label");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence must be within 0..1");
        text = Objects.requireNonNullElse(text, "");
        actionsTaken = List.copyOf(actionsTaken);
    }

    /** Who handled the reply, how ("dismissed" or "replied"), when, and the touch a written reply became. */
    public record Handled(String how, String actor, Instant at, Long touchId) {
        public Handled {
            Objects.requireNonNull(how, "how");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }
    }
}
