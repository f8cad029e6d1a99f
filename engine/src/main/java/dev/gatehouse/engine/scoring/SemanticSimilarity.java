package dev.gatehouse.engine.scoring;

import dev.gatehouse.engine.accounts.Account;

import java.util.Objects;

/**
 * How close an account's text (name, industry, description, technologies) is to the ICP
 * description, 0..1. Raw cosines of all-MiniLM-L6-v2 embeddings sit around 0.1–0.2 even
 * for unrelated text and around 0.4–0.5 for a good match, so the cosine is mapped linearly
 * from {@code floor..ceiling} onto 0..1 and clamped.
 */
public final class SemanticSimilarity {
    public static final double DEFAULT_FLOOR = 0.2;
    public static final double DEFAULT_CEILING = 0.6;

    private final Embedder embedder;
    private final double floor;
    private final double ceiling;

    public SemanticSimilarity(Embedder embedder, double floor, double ceiling) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        if (!(floor < ceiling)) throw new IllegalArgumentException("floor must be below ceiling");
        this.floor = floor;
        this.ceiling = ceiling;
    }

    public SemanticSimilarity(Embedder embedder) {
        this(embedder, DEFAULT_FLOOR, DEFAULT_CEILING);
    }

    /** 0..1; 0 when the ICP has no description or the account has no text. */
    public double relevance(Account account, String icpDescription) {
        return map(cosine(account, icpDescription));
    }

    /** The raw cosine similarity −1..1. */
    public double cosine(Account account, String icpDescription) {
        var text = accountText(account);
        if (icpDescription == null || icpDescription.isBlank() || text.isBlank()) return 0;
        return Vectors.cosine(embedder.embed(text), embedder.embed(icpDescription));
    }

    double map(double cosine) {
        return Math.clamp((cosine - floor) / (ceiling - floor), 0.0, 1.0);
    }

    /** The text that represents an account, stable so its hash can key a stored embedding. */
    public static String accountText(Account account) {
        var text = new StringBuilder(account.name());
        if (account.industry() != null && !account.industry().isBlank()) {
            text.append(" (").append(account.industry().strip()).append(")");
        }
        if (account.description() != null && !account.description().isBlank()) {
            text.append(". ").append(account.description().strip());
        }
        if (!account.technologies().isEmpty()) {
            text.append(". Uses ").append(String.join(", ", account.technologies()));
        }
        return text.toString();
    }
}
