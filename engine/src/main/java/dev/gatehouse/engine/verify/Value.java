package dev.gatehouse.engine.verify;

import java.util.Objects;

/** What a claim states: a number with its unit, a rank among things of a kind, or a funding round. */
sealed interface Value {
    /** The value as the text states it, for explanations. */
    String text();

    /**
     * A number with its unit: an amount with its currency, a count with what it counts, a
     * percentage, a duration or a multiplier (see {@link Quantity}).
     */
    record Measure(Quantity quantity) implements Value {
        public Measure {
            Objects.requireNonNull(quantity, "quantity");
        }

        public String text() {
            return quantity.text();
        }
    }

    /** "your third office": rank 3 among offices. */
    record Ordinal(int rank, String noun, String text) implements Value {
        public Ordinal {
            if (rank < 1) throw new IllegalArgumentException("rank must be positive");
            Objects.requireNonNull(noun, "noun");
        }
    }

    /** "Series B", "Series B extension": the round, and whether it is an extension of it. */
    record Round(String series, boolean extension, String text) implements Value {
        public Round {
            Objects.requireNonNull(series, "series");
        }

        String label() {
            return series + (extension ? " extension" : "");
        }
    }
}
