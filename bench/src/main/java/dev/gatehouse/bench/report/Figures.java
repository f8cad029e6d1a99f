package dev.gatehouse.bench.report;

import java.util.Locale;

/** How numbers are written in the report: enough digits to compare, no more. */
public final class Figures {
    private Figures() {
    }

    /** Milliseconds: two decimals under 10, one under 100, none above. */
    public static String ms(double millis) {
        if (millis < 10) return String.format(Locale.ROOT, "%.2f", millis);
        if (millis < 100) return String.format(Locale.ROOT, "%.1f", millis);
        return String.format(Locale.ROOT, "%,.0f", millis);
    }

    /** A count or a rate with thousands separators. */
    public static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** A ratio such as {@code 1.07×}. */
    public static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    /** Mebibytes from kibibytes, as /proc reports them. */
    public static String mb(long kib) {
        return String.format(Locale.ROOT, "%,d MB", Math.round(kib / 1024.0));
    }
}
