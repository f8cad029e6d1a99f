package dev.gatehouse.engine.outcomes;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One outcome to record for an account, from Slack or, later, a CRM sync: the same command either
 * way. {@code amount} only for a close (won or lost), never negative; {@code meetingId} when it
 * comes from a meeting brief's buttons.
 */
public record OutcomeCommand(String domain, Stage stage, BigDecimal amount, String note, Source source, String actor,
                             Long meetingId) {
    public static final int MAX_NOTE = 500;

    /** Where the outcome was entered. */
    public enum Source {
        SLACK, CRM;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public OutcomeCommand {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(actor, "actor");
        domain = domain.trim().toLowerCase(java.util.Locale.ROOT);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The first thing wrong with the command, naming the field; empty when it can be recorded. */
    public java.util.Optional<String> problem() {
        if (domain.isEmpty()) return java.util.Optional.of("domain: give the account's domain, e.g. acme.com");
        if (amount != null && amount.signum() < 0) return java.util.Optional.of("amount: must not be negative");
        if (amount != null && !stage.closed()) return java.util.Optional.of("amount: only a won or lost deal has one");
        if (amount != null && amount.compareTo(new BigDecimal("999999999999")) > 0) {
            return java.util.Optional.of("amount: at most 999,999,999,999");
        }
        if (note != null && note.length() > MAX_NOTE) {
            return java.util.Optional.of("note: at most " + MAX_NOTE + " characters (" + note.length() + " given)");
        }
        return java.util.Optional.empty();
    }
}
