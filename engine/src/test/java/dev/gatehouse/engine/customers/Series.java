package dev.gatehouse.engine.customers;

import dev.gatehouse.engine.customers.CustomerFacts.UsageWeek;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Seeded weekly series with known answers. */
final class Series {
    static final LocalDate FIRST = LocalDate.of(2026, 1, 5); // a Monday

    private Series() {
    }

    /** {@code values[i]} is week {@code FIRST + i}; ids are {@code idBase + i}. */
    static List<UsageWeek> weeks(String metric, long idBase, double... values) {
        var weeks = new ArrayList<UsageWeek>();
        for (int i = 0; i < values.length; i++) weeks.add(new UsageWeek(idBase + i, metric, FIRST.plusWeeks(i), values[i]));
        return weeks;
    }

    /** 100 with a fixed ±4 wobble, as real weekly counts wobble. */
    static double[] noisy(int weeks, double level) {
        double[] wobble = {0, 3, -2, 4, -4, 1, -3, 2, -1, 3, -2, 0};
        var values = new double[weeks];
        for (int i = 0; i < weeks; i++) values[i] = level + wobble[i % wobble.length] * level / 100;
        return values;
    }

    static Customer customer(long id, int seats, LocalDate renewal) {
        return new Customer(id, "acme.example", "Acme", new BigDecimal("48000.00"), "growth", seats,
                LocalDate.of(2025, 1, 1), renewal, "U0CSM0001");
    }

    static CustomerFacts facts(Customer customer, List<UsageWeek> usage) {
        return new CustomerFacts(customer, usage, List.of(), List.of(), List.of(), List.of());
    }

    static Instant at(LocalDate day) {
        return day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(3600);
    }
}
