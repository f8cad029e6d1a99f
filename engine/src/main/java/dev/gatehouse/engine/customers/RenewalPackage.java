package dev.gatehouse.engine.customers;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The renewal pre-call package: usage report, ROI proof, risk, expansion and the decision-maker
 * map, each a list of statements naming the stored rows they come from. {@code usage} is the
 * trend metric's weeks, for the chart.
 */
public record RenewalPackage(Customer customer, LocalDate assembledOn, List<Section> sections,
                             List<CustomerFacts.UsageWeek> usage) {
    public RenewalPackage {
        Objects.requireNonNull(customer, "customer");
        sections = List.copyOf(sections);
        usage = List.copyOf(usage);
    }

    public record Section(String title, List<Statement> statements) {
        public Section {
            statements = List.copyOf(statements);
        }
    }

    /** One line and its rows; a statement without a row cannot exist. */
    public record Statement(String text, List<Ref> sources) {
        public Statement {
            Objects.requireNonNull(text, "text");
            sources = List.copyOf(sources);
            if (sources.isEmpty()) throw new IllegalArgumentException("a package statement needs a source: " + text);
        }
    }

    public List<Statement> statements() {
        return sections.stream().flatMap(s -> s.statements().stream()).toList();
    }
}
