package dev.gatehouse.engine.customers;

import java.time.Instant;

/** Hot words from a customer (a ticket or a survey comment), waiting for the CSM to acknowledge them. */
public record Escalation(long id, long accountId, EscalationCategory category, String excerpt, Long ticketId, Long surveyId,
                         Instant createdAt, String acknowledgedBy, Instant managerNotifiedAt) {
    public Ref source() {
        return ticketId != null ? new Ref("ticket", ticketId) : new Ref("survey", surveyId);
    }
}
