package dev.gatehouse.engine.inbound;

import java.util.List;
import java.util.Objects;

/**
 * What the owner is told about an escalated reply. {@code ownerSlackId} is null when the reply
 * could not be tied to an account: the bot then posts to the team channel. The excerpt is the
 * prospect's text, shown as quoted data, never as instructions.
 */
public record EscalationNotice(long replyId, Long accountId, String accountName, String ownerSlackId, String from,
                               String subject, String excerpt, boolean injectionSuspected, List<String> reasons) {
    public EscalationNotice {
        Objects.requireNonNull(from, "from");
        subject = Objects.requireNonNullElse(subject, "");
        excerpt = Objects.requireNonNullElse(excerpt, "");
        reasons = List.copyOf(reasons);
    }
}
