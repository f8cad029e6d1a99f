package dev.gatehouse.engine.customers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a renewal package against the rows as stored now: every statement's rows exist and belong
 * to the customer, and every number it states is a value of those rows or one computed from them
 * (a count, sum, mean or median, a share of two of them, a per-seat figure, days to a stored date).
 * Dates are checked as rows' dates are written, not as numbers. Pure.
 */
public final class PackageVerifier {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d+(?:\\.\\d+)?");
    private static final Pattern WORD_WITH_DIGITS = Pattern.compile("\\b[\\w-]*[A-Za-z_][\\w-]*\\d[\\w-]*|\\b\\d+[A-Za-z_][\\w-]*");

    /** A statement that does not hold, and why. */
    public record Problem(String statement, String problem) {
    }

    /** @param health the customer's health as stored for the package's week (what {@code health:} rows name) */
    public List<Problem> verify(RenewalPackage renewal, CustomerFacts stored, Health health) {
        var problems = new ArrayList<Problem>();
        for (var statement : renewal.statements()) {
            var values = new ArrayList<Double>();
            for (var ref : statement.sources()) {
                if (!resolve(ref, stored, health, values)) problems.add(new Problem(statement.text(), ref + " is not a stored row of this customer"));
            }
            var series = statement.sources().stream().filter(r -> r.table().equals("usage"))
                    .flatMap(r -> stored.usage().stream().filter(u -> u.id() == r.id())).map(CustomerFacts.UsageWeek::value).toList();
            var allowed = derived(values, series, statement.sources().size(), renewal, stored);
            var text = WORD_WITH_DIGITS.matcher(DATE.matcher(statement.text()).replaceAll(" ")).replaceAll(" ");
            var numbers = NUMBER.matcher(text);
            while (numbers.find()) {
                var number = numbers.group();
                if (!allowed.contains(number)) problems.add(new Problem(statement.text(), number + " is not in its rows"));
            }
        }
        return problems;
    }

    /** Adds the row's numbers to {@code values}; false when no such row of this customer is stored. */
    private static boolean resolve(Ref ref, CustomerFacts f, Health health, List<Double> values) {
        var c = f.customer();
        return switch (ref.table()) {
            case "health" -> {
                if (health == null || ref.id() != c.accountId()) yield false;
                values.add((double) health.score());
                health.points().forEach(p -> {
                    values.add(p.points());
                    values.add(p.max());
                });
                yield true;
            }
            case "customer" -> {
                if (ref.id() != c.accountId()) yield false;
                values.add(c.arr().doubleValue());
                if (c.seats() != null) values.add((double) c.seats());
                yield true;
            }
            case "usage" -> f.usage().stream().filter(u -> u.id() == ref.id()).peek(u -> values.add(u.value())).count() == 1;
            case "ticket" -> f.tickets().stream().anyMatch(t -> t.id() == ref.id());
            case "survey" -> f.surveys().stream().filter(s -> s.id() == ref.id()).peek(s -> values.add((double) s.score())).count() == 1;
            case "contact" -> f.people().stream().anyMatch(p -> p.contactId() == ref.id());
            case "job_change" -> f.changes().stream().anyMatch(j -> j.id() == ref.id());
            default -> false;
        };
    }

    private static Set<String> derived(List<Double> values, List<Double> series, int refs, RenewalPackage renewal, CustomerFacts f) {
        var base = new ArrayList<>(values);
        for (int i = 0; i <= refs; i++) base.add((double) i); // counts of rows (weeks, tickets)
        if (!series.isEmpty()) {
            double sum = series.stream().mapToDouble(Double::doubleValue).sum();
            base.add(sum);
            base.add(sum / series.size());
            base.add(Robust.median(series.stream().mapToDouble(Double::doubleValue).toArray()));
            for (int split = 1; split < series.size(); split++) { // a trend: the mean of the last weeks, the median of the first
                var first = series.subList(0, split).stream().mapToDouble(Double::doubleValue).toArray();
                var last = series.subList(split, series.size());
                base.add(Robust.median(first));
                base.add(last.stream().mapToDouble(Double::doubleValue).average().orElse(0));
            }
        }
        base.add(100.0); // "of 100"
        var week = CustomerInput.week(renewal.assembledOn()); // the health breakdown counts days from its week's end
        for (int day = 0; day < 7; day++) f.customer().daysToRenewalFrom(week.plusDays(day)).ifPresent(d -> base.add((double) d));
        var allowed = new HashSet<String>();
        for (double a : base) {
            allowed.add(Robust.number(a));
            for (double b : base) {
                if (b != 0) {
                    allowed.add(Long.toString(Robust.percent(a, b)));
                    allowed.add(Robust.number(a / b));
                }
            }
        }
        allowed.add(BigDecimal.ZERO.toPlainString());
        return allowed;
    }
}
