package dev.gatehouse.engine.replies.ingest;

/**
 * A delivery failure report about one of our emails (RFC 3464). Fields the report did not carry
 * are null; {@code originalMessageId} comes from the returned message's headers when included.
 */
public record Bounce(String failedRecipient, String status, String action, String diagnosticCode,
                     String originalMessageId) {
    /** A 5.x.x status (or a failed action without a status) means the address will not work. */
    public boolean isHard() {
        if (status != null) return status.startsWith("5");
        return "failed".equalsIgnoreCase(action);
    }
}
