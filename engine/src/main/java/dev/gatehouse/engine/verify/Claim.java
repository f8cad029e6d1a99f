package dev.gatehouse.engine.verify;

import java.util.Objects;

/**
 * One claim read from a draft or a source: who it is about ({@code subject}, a customer named in
 * the offer, or null for the prospect or no one), what about them ({@code attribute}: the noun
 * a count or rank is of, "funding", or the kind of number), the value, the time frame it was
 * reached in ("in 6 months", or null), and for an amount the funding round it belongs to.
 */
record Claim(String subject, String attribute, Value value, TimeFrame within, Value.Round round) {
    Claim {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
    }

    /** "in 6 months": a time frame in days, as stated. */
    record TimeFrame(double days, String text) {
        /** Same length within 5%: "in the first quarter" is "in 3 months", "in a year" is "in 12 months". */
        boolean sameAs(TimeFrame other) {
            return Math.abs(days - other.days) <= 0.05 * Math.max(days, other.days);
        }
    }
}
