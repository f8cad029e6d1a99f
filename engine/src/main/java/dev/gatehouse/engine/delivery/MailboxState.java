package dev.gatehouse.engine.delivery;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the planner needs to know about one sending mailbox: how many emails it sent today (in the
 * mailbox's time zone), when it last sent, its recent sends with their hard-bounce outcome, and
 * when a person last reset its bounce breaker (null if never).
 */
public record MailboxState(String mailbox, int sentToday, Instant lastSentAt, List<RecentSend> recentSends,
                           Instant breakerResetAt) {
    public MailboxState {
        Objects.requireNonNull(mailbox, "mailbox");
        if (sentToday < 0) throw new IllegalArgumentException("sentToday must not be negative");
        recentSends = Objects.requireNonNullElse(recentSends, List.<RecentSend>of()).stream()
                .sorted(Comparator.comparing(RecentSend::sentAt).reversed()).toList();
    }

    public static MailboxState fresh(String mailbox) {
        return new MailboxState(mailbox, 0, null, List.of(), null);
    }

    public record RecentSend(Instant sentAt, boolean hardBounced) {
        public RecentSend {
            Objects.requireNonNull(sentAt, "sentAt");
        }
    }
}
