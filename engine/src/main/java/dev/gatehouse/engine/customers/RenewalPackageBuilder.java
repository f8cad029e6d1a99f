package dev.gatehouse.engine.customers;

import dev.gatehouse.engine.customers.CustomerFacts.UsageWeek;
import dev.gatehouse.engine.customers.RenewalPackage.Section;
import dev.gatehouse.engine.customers.RenewalPackage.Statement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assembles the renewal pre-call package from stored rows only: usage report, ROI proof (the
 * customer's own numbers since the contract started), risk (the health breakdown, open tickets,
 * champion changes), expansion (seats near the limit, growing metrics) and the decision-maker map.
 * Every statement names its rows; {@link PackageVerifier} checks its numbers against them. Pure.
 */
public final class RenewalPackageBuilder {
    static final double SEATS_NEAR_LIMIT = 0.85;
    static final double GROWING = 1.2;

    public RenewalPackage build(CustomerFacts facts, Health health, LocalDate today) {
        var sections = List.of(new Section("Usage report", usage(facts, today)), new Section("ROI proof", roi(facts)),
                new Section("Risk", risk(facts, health)), new Section("Expansion", expansion(facts, today)),
                new Section("Decision-maker map", people(facts)));
        var metric = HealthScorer.primaryMetric(facts);
        return new RenewalPackage(facts.customer(), today, sections, metric == null ? List.of() : facts.series(metric));
    }

    private static List<Statement> usage(CustomerFacts facts, LocalDate today) {
        var out = new ArrayList<Statement>();
        var week = CustomerInput.week(today);
        for (var metric : metrics(facts)) {
            var trend = HealthScorer.trend(facts, metric, week);
            if (trend != null) {
                out.add(new Statement(metric + " averaged " + Robust.number(trend.recentMean()) + " over the last "
                        + trend.recent().size() + " weeks, " + Robust.percent(trend.recentMean(), Math.max(trend.baselineMedian(), 1e-9))
                        + "% of the median " + Robust.number(trend.baselineMedian()) + " of the " + trend.baseline().size()
                        + " weeks before", trend.sources()));
            } else {
                var last = facts.series(metric).getLast();
                out.add(new Statement(metric + " was " + Robust.number(last.value()) + " in the week of " + last.weekStart(),
                        List.of(last.ref())));
            }
        }
        if (out.isEmpty()) out.add(new Statement("No usage is stored for this customer", List.of(Ref.customer(facts.customer().accountId()))));
        return out;
    }

    static List<Statement> roi(CustomerFacts facts) {
        var out = new ArrayList<Statement>();
        var customer = facts.customer();
        var since = customer.contractStart();
        for (var metric : metrics(facts)) {
            var weeks = facts.series(metric).stream().filter(u -> since == null || !u.weekStart().isBefore(CustomerInput.week(since))).toList();
            if (weeks.isEmpty()) continue;
            double total = weeks.stream().mapToDouble(UsageWeek::value).sum();
            out.add(new Statement(Robust.number(total) + " " + metric + " in total over " + weeks.size() + " weeks"
                    + (since == null ? "" : " since the contract started on " + since), refs(weeks)));
        }
        if (customer.seats() != null && customer.seats() > 0) {
            out.add(new Statement("ARR " + Robust.number(customer.arr().doubleValue()) + " for " + customer.seats() + " seats: "
                    + Robust.number(customer.arr().doubleValue() / customer.seats()) + " per seat per year",
                    List.of(Ref.customer(customer.accountId()))));
        }
        if (out.isEmpty()) out.add(new Statement("No stored outcome to prove return with", List.of(Ref.customer(customer.accountId()))));
        return out;
    }

    private static List<Statement> risk(CustomerFacts facts, Health health) {
        var out = new ArrayList<Statement>();
        var healthRef = new Ref("health", health.accountId());
        var refs = new ArrayList<Ref>(List.of(healthRef));
        health.points().forEach(p -> refs.addAll(p.sources()));
        out.add(new Statement("Health " + health.score() + " of 100 (" + health.band().wire().replace('_', ' ') + ") in the week of "
                + health.week(), refs.stream().distinct().toList()));
        for (var point : health.points()) {
            out.add(new Statement(point.part() + ": " + point.text() + " (" + Robust.number(point.points()) + " of "
                    + Robust.number(point.max()) + ")", with(healthRef, point.sources())));
        }
        facts.tickets().stream().filter(CustomerFacts.Ticket::open).forEach(t -> out.add(new Statement("Open "
                + t.severity().wire() + " ticket " + t.externalId() + ": " + t.subject(), List.of(t.ref()))));
        var names = facts.people().stream().collect(Collectors.toMap(CustomerFacts.Person::contactId, p -> p));
        facts.changes().forEach(c -> {
            var person = names.get(c.contactId());
            if (person == null) return;
            out.add(new Statement(person.name() + (person.role() == null ? "" : " (" + person.role().wire() + ")") + " "
                    + c.change().wire().replace('_', ' ') + (c.newTitle() == null ? "" : " as " + c.newTitle()) + " on "
                    + LocalDate.ofInstant(c.observedAt(), ZoneOffset.UTC), List.of(c.ref(), person.ref())));
        });
        return out;
    }

    private static List<Statement> expansion(CustomerFacts facts, LocalDate today) {
        var out = new ArrayList<Statement>();
        var customer = facts.customer();
        var seats = facts.series(HealthScorer.SEATS_METRIC);
        if (!seats.isEmpty() && customer.seats() != null && customer.seats() > 0) {
            var last = seats.getLast();
            if (last.value() / customer.seats() >= SEATS_NEAR_LIMIT) {
                out.add(new Statement(Robust.number(last.value()) + " of " + customer.seats() + " seats used ("
                        + Robust.percent(last.value(), customer.seats()) + "%): near the limit, room for more seats",
                        List.of(last.ref(), Ref.customer(customer.accountId()))));
            }
        }
        for (var metric : metrics(facts)) {
            var trend = HealthScorer.trend(facts, metric, CustomerInput.week(today));
            if (trend != null && trend.ratio() >= GROWING) {
                out.add(new Statement(metric + " is growing: " + Robust.number(trend.recentMean()) + " a week lately, "
                        + Robust.percent(trend.recentMean(), trend.baselineMedian()) + "% of the median "
                        + Robust.number(trend.baselineMedian()) + " before", trend.sources()));
            }
        }
        if (out.isEmpty()) out.add(new Statement("No expansion signal in the stored numbers", List.of(Ref.customer(customer.accountId()))));
        return out;
    }

    private static List<Statement> people(CustomerFacts facts) {
        var out = new ArrayList<Statement>();
        var byRole = Comparator.comparing((CustomerFacts.Person p) -> p.role() == null ? 99 : p.role().ordinal());
        for (var p : facts.people().stream().sorted(byRole).toList()) {
            var refs = new ArrayList<Ref>(List.of(p.ref()));
            var survey = facts.surveys().stream().filter(s -> s.contactId() != null && s.contactId() == p.contactId())
                    .max(Comparator.comparing(CustomerFacts.SurveyAnswer::answeredAt));
            survey.ifPresent(s -> refs.add(s.ref()));
            out.add(new Statement(p.name() + (p.title() == null ? "" : ", " + p.title()) + " — "
                    + (p.role() == null ? "no role recorded" : p.role().wire().replace('_', ' '))
                    + "; last touch " + (p.lastTouch() == null ? "none recorded" : LocalDate.ofInstant(p.lastTouch(), ZoneOffset.UTC))
                    + survey.map(s -> "; " + s.kind().wire().toUpperCase() + " " + s.score()).orElse("; no survey answer"), refs));
        }
        if (out.isEmpty()) out.add(new Statement("No contacts on record", List.of(Ref.customer(facts.customer().accountId()))));
        return out;
    }

    private static List<Ref> with(Ref first, List<Ref> rest) {
        var refs = new ArrayList<Ref>(List.of(first));
        refs.addAll(rest);
        return refs;
    }

    /** Usage metrics other than seats, by name. */
    static List<String> metrics(CustomerFacts facts) {
        return facts.usage().stream().map(UsageWeek::metric).filter(m -> !m.equals(HealthScorer.SEATS_METRIC)).distinct().sorted().toList();
    }

    private static List<Ref> refs(List<UsageWeek> weeks) {
        return weeks.stream().map(UsageWeek::ref).toList();
    }
}
