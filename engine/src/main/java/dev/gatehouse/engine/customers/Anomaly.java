package dev.gatehouse.engine.customers;

import java.time.LocalDate;

/**
 * A stored usage anomaly: one group of flagged weeks of one metric in one direction. The first
 * week is posted; later weeks extend the group ({@code occurrences}) without a new post.
 */
public record Anomaly(long id, long accountId, String metric, AnomalyDirection direction, LocalDate firstWeek,
                      LocalDate lastWeek, int occurrences, double value, double median, double mad, String acknowledgedBy) {
    public Ref ref() {
        return new Ref("anomaly", id);
    }
}
