package dev.gatehouse.engine.scoring;

/** Number formatting for reason texts, without {@code String.format} (it dominates scoring time). */
final class Points {
    private Points() {
    }

    /** {@code +15}, {@code +6.7}, {@code -2}: one decimal, no trailing {@code .0}. */
    static String signed(double points) {
        var text = oneDecimal(points);
        return points < 0 ? text : "+" + text;
    }

    static String oneDecimal(double value) {
        return trimmed(Math.round(value * 10) / 10.0);
    }

    static String twoDecimals(double value) {
        return trimmed(Math.round(value * 100) / 100.0);
    }

    private static String trimmed(double rounded) {
        if (rounded == 0) return "0";
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
