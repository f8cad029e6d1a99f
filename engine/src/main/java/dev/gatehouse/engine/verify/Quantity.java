package dev.gatehouse.engine.verify;

/**
 * A number as stated, normalised so "$12M", "$12 million" and "12,000,000 dollars" compare
 * equal, and "4 days", "four days" and "96 hours" too (durations are in days).
 * {@code VAGUE} is "hundreds of", "thousands of": its text is what must be grounded.
 */
record Quantity(Kind kind, double value, String text) {
    enum Kind { MONEY, PERCENT, DURATION, MULTIPLIER, COUNT, YEAR, VAGUE }

    /**
     * Whether a grounding quantity supports this one. A bare number is supported by the same
     * number in any form; a bare number in the grounds supports only counts, years, and large
     * amounts ("12 million" supports "$12M"), so "two accountants" does not support "2x faster".
     */
    boolean supportedBy(Quantity ground) {
        if (kind == Kind.VAGUE || ground.kind == Kind.VAGUE) {
            return kind == ground.kind && text.equalsIgnoreCase(ground.text);
        }
        boolean compatible = kind == ground.kind || kind == Kind.COUNT || kind == Kind.YEAR && ground.kind == Kind.COUNT
                || ground.kind == Kind.COUNT && kind == Kind.MONEY && value >= 1000;
        var other = ground;
        return compatible && Math.abs(value - other.value) <= 1e-9 * Math.max(1, Math.abs(value));
    }
}
