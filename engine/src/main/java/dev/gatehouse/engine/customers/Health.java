package dev.gatehouse.engine.customers;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A customer's health for one week, 0..100, and the points it is made of. */
public record Health(long accountId, LocalDate week, int score, HealthBand band, List<Point> points) {
    public Health {
        if (score < 0 || score > 100) throw new IllegalArgumentException("score must be within 0..100");
        points = List.copyOf(points);
    }

    /** One part of the score: what was found, the points it gave out of {@code max}, and the rows it was read from. */
    public record Point(String part, String text, double points, double max, List<Ref> sources) {
        public Point {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(text, "text");
            sources = List.copyOf(sources);
            if (sources.isEmpty()) throw new IllegalArgumentException("a health point needs a source: " + text);
        }
    }

    public static HealthBand band(int score) {
        return score >= 70 ? HealthBand.HEALTHY : score >= 40 ? HealthBand.WATCH : HealthBand.AT_RISK;
    }
}
