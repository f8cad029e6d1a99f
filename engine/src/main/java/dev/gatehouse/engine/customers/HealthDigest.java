package dev.gatehouse.engine.customers;

import java.time.LocalDate;
import java.util.List;

/**
 * A CSM's weekly health digest: their customers by band, the biggest movers since last week and
 * the points that moved them, renewals in the next 90 days, and escalations still open.
 */
public record HealthDigest(String csmSlackId, LocalDate week, List<Entry> customers, List<Mover> movers,
                           List<Entry> renewals, List<OpenEscalation> escalations) {
    public HealthDigest {
        customers = List.copyOf(customers);
        movers = List.copyOf(movers);
        renewals = List.copyOf(renewals);
        escalations = List.copyOf(escalations);
    }

    public record Entry(Customer customer, Health health) {
    }

    /** A customer whose score moved from {@code before} to {@code health}'s, with the parts that moved most. */
    public record Mover(Customer customer, int before, Health health, List<String> why) {
        public int change() {
            return health.score() - before;
        }
    }

    public record OpenEscalation(Customer customer, Escalation escalation) {
    }

    public List<Entry> inBand(HealthBand band) {
        return customers.stream().filter(e -> e.health().band() == band).toList();
    }
}
