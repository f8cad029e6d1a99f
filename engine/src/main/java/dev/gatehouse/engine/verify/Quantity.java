package dev.gatehouse.engine.verify;

/**
 * A number as stated, normalised so "$12M", "$12 million" and "12,000,000 dollars" compare
 * equal, and "4 days", "four days" and "96 hours" too (durations are in days).
 * {@code VAGUE} is "hundreds of", "thousands of": its text is what must be grounded.
 * An amount carries its currency ({@code USD}, {@code EUR} ...) when the text names one; a
 * count carries the noun it counts ("12 engineers"), a hedged number how it was hedged.
 */
record Quantity(Kind kind, double value, String text, String currency, Hedge hedge, String noun) {
    enum Kind { MONEY, PERCENT, DURATION, MULTIPLIER, COUNT, YEAR, VAGUE }

    /** "nearly doubled", "about 40%", "over 40%": how far the grounding number may be from the stated one. */
    enum Hedge {
        EXACT(1, 1), BELOW(0.8, 1), ABOUT(0.9, 1.1), ABOVE(1, 1.3);

        final double low;
        final double high;

        Hedge(double low, double high) {
            this.low = low;
            this.high = high;
        }

        boolean covers(double stated, double ground) {
            double eps = 1e-9 * Math.max(1, Math.abs(stated));
            return ground >= stated * low - eps && ground <= stated * high + eps;
        }
    }

    Quantity(Kind kind, double value, String text) {
        this(kind, value, text, null, Hedge.EXACT, null);
    }

    /**
     * Whether a grounding quantity supports this one. A bare number is supported by the same
     * number in any form; a bare number in the grounds supports only counts, years, and large
     * amounts ("12 million" supports "$12M"), so "two accountants" does not support "2x faster".
     * Amounts in two named currencies never support each other; a multiplier and a percentage
     * support each other as growth ("doubled" is +100%, "nearly doubled" covers +95%).
     */
    boolean supportedBy(Quantity ground) {
        if (kind == Kind.VAGUE || ground.kind == Kind.VAGUE) {
            return kind == ground.kind && text.equalsIgnoreCase(ground.text);
        }
        if (currency != null && ground.currency != null && !currency.equals(ground.currency)) return false;
        if (kind == Kind.MULTIPLIER && ground.kind == Kind.PERCENT) return hedge.covers(value - 1, ground.value / 100);
        if (kind == Kind.PERCENT && ground.kind == Kind.MULTIPLIER) return hedge.covers(value / 100, ground.value - 1);
        boolean compatible = kind == ground.kind || kind == Kind.COUNT || kind == Kind.YEAR && ground.kind == Kind.COUNT
                || ground.kind == Kind.COUNT && kind == Kind.MONEY && value >= 1000;
        return compatible && hedge.covers(value, ground.value);
    }

    /** The same quantity with another currency, hedge or counted noun. */
    Quantity with(String newCurrency, Hedge newHedge, String newNoun) {
        return new Quantity(kind, value, text, newCurrency, newHedge, newNoun);
    }
}
