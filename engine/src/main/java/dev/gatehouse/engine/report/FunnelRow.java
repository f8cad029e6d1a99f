package dev.gatehouse.engine.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One first email and what followed it, the unit every funnel, gate and experiment table counts.
 * {@code approval} says who let it go; {@code replied} counts human replies only (no bounce,
 * auto-reply, out-of-office or unsubscribe); {@code meetingHeld} excludes no-shows;
 * {@code qualified} includes won and lost (closes of a qualified opportunity).
 */
public record FunnelRow(long touchId, long accountId, String owner, String segment, Instant draftedAt, String writer,
                        Integer score, String arm, Approval approval, boolean sent, boolean bounced, boolean replied,
                        boolean positive, boolean meetingHeld, boolean qualified, boolean won, BigDecimal wonAmount) {
    /** Who approved the first email: a person, Gatehouse under a supervised policy, or nobody (yet). */
    public enum Approval { PERSON, SYSTEM, NONE }

    public FunnelRow {
        Objects.requireNonNull(approval, "approval");
        owner = owner == null ? "unassigned" : owner;
        segment = segment == null || segment.isBlank() ? "unknown" : segment;
        writer = writer == null ? "unknown" : writer;
    }

    /** Sent and not bounced: the email reached a mailbox. */
    public boolean delivered() {
        return sent && !bounced;
    }
}
