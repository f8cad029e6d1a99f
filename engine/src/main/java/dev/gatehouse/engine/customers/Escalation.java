package dev.gatehouse.engine.customers;

import java.time.Instant;

/** Hot words from a customer (a ticket, a survey comment or an email reply), waiting for the CSM to acknowledge them. */
public record Escalation(long id, long accountId, EscalationCategory category, String excerpt, Long ticketId, Long surveyId,
                         Long replyId, Instant createdAt, String acknowledgedBy, Instant managerNotifiedAt) {
    public Ref source() {
        if (ticketId != null) return new Ref("ticket", ticketId);
        return surveyId != null ? new Ref("survey", surveyId) : new Ref("reply", replyId);
    }
}
