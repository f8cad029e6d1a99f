package dev.gatehouse.engine.report;

/**
 * The uncertainty a manager needs beside a rate: Wilson score intervals (good at small counts and
 * near 0 or 1, where the normal approximation is not), the two-proportion z-test on a difference,
 * and the sample size at which a difference of the size seen would be detectable.
 */
public final class Stats {
    /** z for a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;
    /** z for 80% power. */
    public static final double Z80 = 0.8416212335729143;

    private Stats() {
    }

    public record Interval(double low, double high) {
    }

    /** The Wilson 95% interval of {@code successes} in {@code n}; [0, 1] when n is 0. */
    public static Interval wilson(long successes, long n) {
        if (n == 0) return new Interval(0, 1);
        double p = (double) successes / n, z2 = Z95 * Z95;
        double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** A pooled two-proportion z-test of x1/n1 against x2/n2: z and its two-sided p-value (NaN when undefined). */
    public record Test(double difference, double z, double p) {
        public boolean significant() {
            return p < 0.05;
        }
    }

    public static Test twoProportion(long x1, long n1, long x2, long n2) {
        if (n1 == 0 || n2 == 0) return new Test(Double.NaN, Double.NaN, Double.NaN);
        double p1 = (double) x1 / n1, p2 = (double) x2 / n2, pooled = (double) (x1 + x2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) return new Test(p1 - p2, Double.NaN, Double.NaN);
        double z = (p1 - p2) / se;
        return new Test(p1 - p2, z, 2 * (1 - normalCdf(Math.abs(z))));
    }

    /**
     * Units per arm needed to detect a difference between p1 and p2 at 5% significance with 80%
     * power; -1 when the two are equal (no difference to detect).
     */
    public static long neededPerArm(double p1, double p2) {
        if (Double.isNaN(p1) || Double.isNaN(p2) || p1 == p2) return -1;
        double mean = (p1 + p2) / 2;
        double a = Z95 * Math.sqrt(2 * mean * (1 - mean)) + Z80 * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return (long) Math.ceil(a * a / ((p1 - p2) * (p1 - p2)));
    }

    /** The standard normal CDF (Zelen and Severo 26.2.17; absolute error below 7.5e-8). */
    public static double normalCdf(double x) {
        if (x < 0) return 1 - normalCdf(-x);
        double t = 1 / (1 + 0.2316419 * x);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
    }
}
