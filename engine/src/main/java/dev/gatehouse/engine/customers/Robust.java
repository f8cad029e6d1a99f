package dev.gatehouse.engine.customers;

import java.util.Arrays;

/** Median and median absolute deviation: a baseline one odd week does not move. */
public final class Robust {
    private Robust() {
    }

    public static double median(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("no values");
        var sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static double mad(double[] values, double median) {
        var deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) deviations[i] = Math.abs(values[i] - median);
        return median(deviations);
    }

    /** {@code 12}, {@code 12.5}: at most one decimal, no trailing {@code .0}. */
    public static String number(double value) {
        var rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    /** {@code part} of {@code whole} in whole percent. */
    public static long percent(double part, double whole) {
        return Math.round(part / whole * 100);
    }
}
