package dev.gatehouse.engine.customers;

import dev.gatehouse.engine.customers.CustomerFacts.UsageWeek;
import dev.gatehouse.engine.customers.Health.Point;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A customer's health for a week, from what was stored by the end of it: usage trend against the
 * customer's own baseline (30), seat utilisation (15), open tickets by severity (15), sentiment (20),
 * champion changes (10), days to renewal (10). Missing data scores half, and says so. Pure.
 */
public final class HealthScorer {
    /** The usage metric the trend is read from when the customer reports it; else the one with most weeks. */
    public static final String PRIMARY_METRIC = "weekly_active_users";
    public static final String SEATS_METRIC = "seats_used";
    static final int RECENT_WEEKS = 4;
    static final int BASELINE_WEEKS = 12;
    private static final Duration RECENT_PAST = Duration.ofDays(180);
    private static final Map<TicketSeverity, Integer> TICKET_PENALTY = Map.of(TicketSeverity.URGENT, 8,
            TicketSeverity.HIGH, 5, TicketSeverity.NORMAL, 2, TicketSeverity.LOW, 1);

    public Health score(CustomerFacts facts, LocalDate week) {
        var weekEnd = week.plusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant();
        var points = List.of(usageTrend(facts, week), seats(facts, week), tickets(facts, weekEnd),
                sentiment(facts, weekEnd), champion(facts, weekEnd), renewal(facts, week));
        int total = (int) Math.round(points.stream().mapToDouble(Point::points).sum());
        total = Math.max(0, Math.min(100, total));
        return new Health(facts.customer().accountId(), week, total, Health.band(total), points);
    }

    /** The metric the trend is read from, or null when no usage is stored. */
    public static String primaryMetric(CustomerFacts facts) {
        var weeks = facts.usage().stream().filter(u -> !u.metric().equals(SEATS_METRIC))
                .collect(Collectors.groupingBy(UsageWeek::metric, Collectors.counting()));
        if (weeks.containsKey(PRIMARY_METRIC)) return PRIMARY_METRIC;
        return weeks.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The trend of {@code metric} up to {@code week}: its recent weeks and baseline weeks, or null without enough history. */
    public static Trend trend(CustomerFacts facts, String metric, LocalDate week) {
        var series = facts.series(metric).stream().filter(u -> !u.weekStart().isAfter(week)).toList();
        var recentFrom = week.minusWeeks(RECENT_WEEKS - 1);
        var recent = series.stream().filter(u -> !u.weekStart().isBefore(recentFrom)).toList();
        var baseline = series.stream().filter(u -> u.weekStart().isBefore(recentFrom)
                && !u.weekStart().isBefore(recentFrom.minusWeeks(BASELINE_WEEKS))).toList();
        if (recent.isEmpty() || baseline.size() < 3) return null;
        double mean = recent.stream().mapToDouble(UsageWeek::value).average().orElse(0);
        double median = Robust.median(baseline.stream().mapToDouble(UsageWeek::value).toArray());
        return new Trend(metric, recent, baseline, mean, median);
    }

    /** Recent weeks' mean against the median of the weeks before: {@code ratio} 1 is flat, 0.6 a 40% fall. */
    public record Trend(String metric, List<UsageWeek> recent, List<UsageWeek> baseline, double recentMean,
                        double baselineMedian) {
        public double ratio() {
            return baselineMedian == 0 ? (recentMean > 0 ? 2 : 1) : recentMean / baselineMedian;
        }

        public List<Ref> sources() {
            var refs = new ArrayList<Ref>();
            baseline.forEach(u -> refs.add(u.ref()));
            recent.forEach(u -> refs.add(u.ref()));
            return refs;
        }
    }

    private static Point usageTrend(CustomerFacts facts, LocalDate week) {
        var metric = primaryMetric(facts);
        var trend = metric == null ? null : trend(facts, metric, week);
        var customer = Ref.customer(facts.customer().accountId());
        if (trend == null) {
            return new Point("usage", (metric == null ? "no usage reported" : metric + ": not enough weeks for a baseline")
                    + " (neutral)", 15, 30, List.of(customer));
        }
        // full points from 95% of the baseline on (weekly counts wobble), none at half of it or below
        double points = 30 * clamp((trend.ratio() - 0.5) / 0.45);
        return new Point("usage", metric + " averaged " + Robust.number(trend.recentMean()) + " over the last "
                + trend.recent().size() + " weeks, " + Robust.percent(trend.recentMean(), Math.max(trend.baselineMedian(), 1e-9))
                + "% of its baseline median " + Robust.number(trend.baselineMedian()) + " (" + trend.baseline().size()
                + " weeks before)", points, 30, trend.sources());
    }

    private static Point seats(CustomerFacts facts, LocalDate week) {
        var customer = facts.customer();
        var latest = facts.series(SEATS_METRIC).stream().filter(u -> !u.weekStart().isAfter(week))
                .max(Comparator.comparing(UsageWeek::weekStart));
        if (latest.isEmpty() || customer.seats() == null || customer.seats() == 0) {
            return new Point("seats", "seat use not known (neutral)", 7.5, 15, List.of(Ref.customer(customer.accountId())));
        }
        double used = latest.get().value();
        double share = used / customer.seats();
        return new Point("seats", Robust.number(used) + " of " + customer.seats() + " seats used ("
                + Robust.percent(used, customer.seats()) + "%)", 15 * clamp((share - 0.2) / 0.6), 15,
                List.of(latest.get().ref(), Ref.customer(customer.accountId())));
    }

    private static Point tickets(CustomerFacts facts, Instant weekEnd) {
        var open = facts.tickets().stream().filter(CustomerFacts.Ticket::open)
                .filter(t -> t.openedAt().isBefore(weekEnd)).toList();
        if (open.isEmpty()) {
            return new Point("tickets", "no open tickets", 15, 15, List.of(Ref.customer(facts.customer().accountId())));
        }
        int penalty = open.stream().mapToInt(t -> TICKET_PENALTY.get(t.severity())).sum();
        var bySeverity = open.stream().collect(Collectors.groupingBy(CustomerFacts.Ticket::severity, Collectors.counting()));
        var detail = bySeverity.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
                .map(e -> e.getValue() + " " + e.getKey().wire()).collect(Collectors.joining(", "));
        return new Point("tickets", open.size() + " open ticket" + (open.size() == 1 ? "" : "s") + " (" + detail + ")",
                Math.max(0, 15 - penalty), 15, refs(open, CustomerFacts.Ticket::ref));
    }

    private static Point sentiment(CustomerFacts facts, Instant weekEnd) {
        var latest = facts.surveys().stream().filter(s -> s.answeredAt().isBefore(weekEnd))
                .filter(s -> s.answeredAt().isAfter(weekEnd.minus(RECENT_PAST)))
                .max(Comparator.comparing(CustomerFacts.SurveyAnswer::answeredAt));
        if (latest.isEmpty()) {
            return new Point("sentiment", "no survey answer in the last six months (neutral)", 10, 20,
                    List.of(Ref.customer(facts.customer().accountId())));
        }
        var answer = latest.get();
        double points = switch (answer.kind()) {
            case NPS -> answer.score() >= 9 ? 20 : answer.score() >= 7 ? 12 : 0;
            case CSAT -> answer.score() >= 5 ? 20 : answer.score() == 4 ? 14 : answer.score() == 3 ? 8 : 0;
        };
        return new Point("sentiment", answer.kind().wire().toUpperCase() + " " + answer.score()
                + (answer.kind() == SurveyKind.NPS ? " of 10" : " of 5") + " on " + LocalDate.ofInstant(answer.answeredAt(), ZoneOffset.UTC),
                points, 20, List.of(answer.ref()));
    }

    private static Point champion(CustomerFacts facts, Instant weekEnd) {
        var keyPeople = facts.people().stream().filter(p -> p.role() == CustomerRole.CHAMPION || p.role() == CustomerRole.ECONOMIC_BUYER)
                .collect(Collectors.toMap(CustomerFacts.Person::contactId, p -> p));
        var left = facts.changes().stream().filter(c -> c.change() == JobChange.LEFT && keyPeople.containsKey(c.contactId()))
                .filter(c -> c.observedAt().isBefore(weekEnd) && c.observedAt().isAfter(weekEnd.minus(RECENT_PAST))).toList();
        if (!left.isEmpty()) {
            var who = left.stream().map(c -> keyPeople.get(c.contactId())).map(p -> p.name() + " (" + p.role().wire() + ")")
                    .distinct().collect(Collectors.joining(", "));
            var refs = new ArrayList<>(refs(left, CustomerFacts.ContactChange::ref));
            left.forEach(c -> refs.add(keyPeople.get(c.contactId()).ref()));
            return new Point("champion", who + " left", 0, 10, refs);
        }
        var champions = facts.people().stream().filter(p -> p.role() == CustomerRole.CHAMPION).toList();
        if (champions.isEmpty()) {
            return new Point("champion", "no champion on record", 5, 10, List.of(Ref.customer(facts.customer().accountId())));
        }
        return new Point("champion", "champion " + champions.stream().map(CustomerFacts.Person::name)
                .collect(Collectors.joining(", ")) + " in place", 10, 10, refs(champions, CustomerFacts.Person::ref));
    }

    private static Point renewal(CustomerFacts facts, LocalDate week) {
        var customer = facts.customer();
        var days = customer.daysToRenewal(week.plusDays(6));
        var ref = List.of(Ref.customer(customer.accountId()));
        if (days == null) return new Point("renewal", "no renewal date (neutral)", 5, 10, ref);
        double points = days > 90 ? 10 : days >= 30 ? 6 : 3;
        return new Point("renewal", "renews " + customer.renewalDate() + ", in " + days + " days", points, 10, ref);
    }

    private static <T> List<Ref> refs(List<T> rows, Function<T, Ref> ref) {
        return rows.stream().map(ref).toList();
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
