package dev.gatehouse.engine.verify;

/**
 * A number as stated, normalised so "$12M", "$12 million" and "12,000,000 dollars" compare
 * equal, and "4 days", "four days" and "96 hours" too (durations are in days).
 * {@code VAGUE} is "hundreds of", "thousands of": its text is what must be grounded.
 */
record Quantity(Kind kind, double value, String text) {
    enum Kind { MONEY, PERCENT, DURATION, MULTIPLIER, COUNT, YEAR, VAGUE }

    boolean sameAs(Quantity other) {
        if (kind == Kind.VAGUE || other.kind == Kind.VAGUE) {
            return kind == other.kind && text.equalsIgnoreCase(other.text);
        }
        boolean compatible = kind == other.kind || kind == Kind.COUNT || other.kind == Kind.COUNT;
        return compatible && Math.abs(value - other.value) <= 1e-9 * Math.max(1, Math.abs(value));
    }
}
