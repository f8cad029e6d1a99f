package dev.gatehouse.engine.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The fixed monthly cost (seats, mailboxes, hosting; USD, like model prices) that reports add to
 * model spend: a manager's setting with who set it and when, or, while there is none,
 * {@code GATEHOUSE_FIXED_MONTHLY_COST} ({@code setBy} and {@code setAt} null).
 */
public record FixedMonthlyCost(BigDecimal usd, String setBy, Instant setAt) {
    public static final BigDecimal MAX = new BigDecimal("10000000");

    public FixedMonthlyCost {
        Objects.requireNonNull(usd, "usd");
        if (usd.signum() < 0 || usd.compareTo(MAX) > 0) throw new IllegalArgumentException("usd must be 0..10,000,000, was " + usd);
        if ((setBy == null) != (setAt == null)) throw new IllegalArgumentException("setBy and setAt go together");
    }

    public static FixedMonthlyCost fromEnv(BigDecimal usd) {
        return new FixedMonthlyCost(usd, null, null);
    }

    /** Whether a manager set it (else it is the environment's default). */
    public boolean set() {
        return setBy != null;
    }

    /** "1200.00 USD a month", with where it comes from when it is the default. */
    public String text() {
        return usd.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " USD a month"
                + (set() ? "" : " (GATEHOUSE_FIXED_MONTHLY_COST)");
    }
}
