package dev.gatehouse.engine.customers;

import dev.gatehouse.engine.customers.RenewalPackage.Section;
import dev.gatehouse.engine.customers.RenewalPackage.Statement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of a quarterly business review narrative, from stored rows only: the usage trend, the
 * customer's own outcomes since the contract started, and the support tickets of the quarter. The
 * same statements as the renewal package, each naming its rows, so {@link PackageVerifier} checks
 * them; what is internal (health, ARR, risk, the decision-maker map) is left out: the customer reads
 * this. Pure.
 */
public final class QbrNarrativeBuilder {
    static final int QUARTER_WEEKS = 13;

    /** The narrative's sections as a package (the form {@link PackageVerifier} checks). */
    public RenewalPackage build(CustomerFacts facts, LocalDate today) {
        var sections = List.of(new Section("Usage", usage(facts, today)),
                new Section("Outcomes", outcomes(facts)), new Section("Support", tickets(facts, today)));
        var metric = HealthScorer.primaryMetric(facts);
        return new RenewalPackage(facts.customer(), today, sections, metric == null ? List.of() : facts.series(metric));
    }

    /** Each metric's recent weeks against its own weeks before, in plain numbers (a percentage reads as a promise). */
    private static List<Statement> usage(CustomerFacts facts, LocalDate today) {
        var out = new ArrayList<Statement>();
        for (var metric : RenewalPackageBuilder.metrics(facts)) {
            var trend = HealthScorer.trend(facts, metric, CustomerInput.week(today));
            if (trend == null) continue;
            out.add(new Statement(metric + " averaged " + Robust.number(trend.recentMean()) + " a week over the last "
                    + trend.recent().size() + " weeks, against a median of " + Robust.number(trend.baselineMedian())
                    + " in the " + trend.baseline().size() + " weeks before", trend.sources()));
        }
        return out;
    }

    /** The ROI statements that rest on usage rows, not on the contract's price. */
    private static List<Statement> outcomes(CustomerFacts facts) {
        return RenewalPackageBuilder.roi(facts).stream()
                .filter(s -> s.sources().stream().allMatch(r -> r.table().equals("usage"))).toList();
    }

    private static List<Statement> tickets(CustomerFacts facts, LocalDate today) {
        var since = today.minusWeeks(QUARTER_WEEKS);
        var quarter = facts.tickets().stream()
                .filter(t -> t.open() || !LocalDate.ofInstant(t.openedAt(), ZoneOffset.UTC).isBefore(since)).toList();
        if (quarter.isEmpty()) {
            return List.of(new Statement("No support tickets were opened this quarter",
                    List.of(Ref.customer(facts.customer().accountId()))));
        }
        var out = new ArrayList<Statement>();
        var open = quarter.stream().filter(CustomerFacts.Ticket::open).toList();
        out.add(new Statement(quarter.size() + " support tickets this quarter, " + (quarter.size() - open.size())
                + " of them resolved", quarter.stream().map(CustomerFacts.Ticket::ref).toList()));
        open.forEach(t -> out.add(new Statement("Still open: " + t.subject() + " (" + t.severity().wire() + ")", List.of(t.ref()))));
        return out;
    }
}
