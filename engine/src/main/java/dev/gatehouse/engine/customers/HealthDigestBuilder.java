package dev.gatehouse.engine.customers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A CSM's weekly digest from each of their customers' two latest weekly scores: bands, the movers
 * (a change of {@value #MOVED} points or more, the biggest first) with the parts that moved them,
 * renewals within 90 days, and open escalations. Pure.
 */
public final class HealthDigestBuilder {
    static final int MOVED = 5;
    static final int MOVERS = 5;

    /** One customer as the digest reads it: its health history (oldest first) and open escalations. */
    public record Standing(Customer customer, List<Health> history, List<Escalation> open) {
    }

    public HealthDigest build(String csm, LocalDate week, List<Standing> standings, LocalDate today) {
        var entries = new ArrayList<HealthDigest.Entry>();
        var movers = new ArrayList<HealthDigest.Mover>();
        var renewals = new ArrayList<HealthDigest.Entry>();
        var escalations = new ArrayList<HealthDigest.OpenEscalation>();
        for (var s : standings) {
            if (s.history().isEmpty()) continue;
            var now = s.history().getLast();
            var entry = new HealthDigest.Entry(s.customer(), now);
            entries.add(entry);
            if (s.history().size() > 1) {
                var before = s.history().get(s.history().size() - 2);
                if (Math.abs(now.score() - before.score()) >= MOVED) {
                    movers.add(new HealthDigest.Mover(s.customer(), before.score(), now, why(before, now)));
                }
            }
            var days = s.customer().daysToRenewal(today);
            if (days != null && days >= 0 && days <= 90) renewals.add(entry);
            s.open().forEach(e -> escalations.add(new HealthDigest.OpenEscalation(s.customer(), e)));
        }
        entries.sort(Comparator.comparingInt((HealthDigest.Entry e) -> e.health().score()));
        movers.sort(Comparator.comparingInt((HealthDigest.Mover m) -> -Math.abs(m.change())));
        renewals.sort(Comparator.comparing(e -> e.customer().renewalDate()));
        return new HealthDigest(csm, week, entries, movers.subList(0, Math.min(MOVERS, movers.size())), renewals, escalations);
    }

    /** The parts whose points changed, the biggest change first: {@code usage 30 → 0: <what it found now>}. */
    private static List<String> why(Health before, Health now) {
        var out = new ArrayList<String[]>();
        for (var point : now.points()) {
            before.points().stream().filter(p -> p.part().equals(point.part())).findFirst().ifPresent(old -> {
                if (Math.abs(old.points() - point.points()) >= 0.5) {
                    out.add(new String[]{Double.toString(-Math.abs(old.points() - point.points())), point.part() + " "
                            + Robust.number(old.points()) + " → " + Robust.number(point.points()) + ": " + point.text()});
                }
            });
        }
        return out.stream().sorted(Comparator.comparingDouble(a -> Double.parseDouble(a[0]))).map(a -> a[1]).toList();
    }
}
