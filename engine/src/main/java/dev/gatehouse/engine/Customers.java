package dev.gatehouse.engine;

import dev.gatehouse.engine.customers.CustomerFacts;
import dev.gatehouse.engine.customers.CustomerInput;
import dev.gatehouse.engine.customers.CustomerNotifier;
import dev.gatehouse.engine.customers.Health;
import dev.gatehouse.engine.customers.HealthDigest;
import dev.gatehouse.engine.customers.RenewalPackage;
import dev.gatehouse.engine.customersuccess.AnomalyWatch;
import dev.gatehouse.engine.customersuccess.CustomerDrafts;
import dev.gatehouse.engine.customersuccess.CustomerIngest;
import dev.gatehouse.engine.customersuccess.CustomerPosts;
import dev.gatehouse.engine.customersuccess.EscalationWatch;
import dev.gatehouse.engine.customersuccess.HealthRecompute;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * After the sale: customer data in (the signed API, the customer CSV), each customer's health
 * recomputed for the weeks that changed, usage anomalies and hot escalations to the CSM, and the
 * acknowledgements that close them.
 */
public final class Customers {
    private final Stores stores;
    private final CustomerIngest ingest = new CustomerIngest();
    private final HealthRecompute health;
    private final AnomalyWatch anomalies;
    private final EscalationWatch escalations;
    private final CustomerPosts posts;
    private final CustomerDrafts drafts;
    private final Clock clock;

    Customers(Stores stores, AnomalyWatch anomalies, EscalationWatch escalations, CustomerPosts posts, Clock clock) {
        this(stores, anomalies, escalations, posts, null, clock);
    }

    /** @param drafts customer-facing drafts (check-ins, renewal outreach) on the review gate; null drafts nothing */
    Customers(Stores stores, AnomalyWatch anomalies, EscalationWatch escalations, CustomerPosts posts,
              CustomerDrafts drafts, Clock clock) {
        this.drafts = drafts;
        this.stores = stores;
        this.health = new HealthRecompute(stores);
        this.anomalies = anomalies;
        this.escalations = escalations;
        this.posts = posts;
        this.clock = clock;
    }

    /** Stores the items in one transaction, then recomputes health, checks the new weeks and the customers' words. */
    public CustomerIngest.Changes ingest(List<CustomerInput> inputs) {
        var changes = ingest.store(stores, inputs);
        var thisWeek = CustomerInput.week(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        health.afterIngest(changes, thisWeek).forEach((accountId, facts) -> changes.usage().stream()
                .filter(u -> u.accountId() == accountId).map(CustomerIngest.UsageKey::metric).distinct()
                .forEach(metric -> anomalies.check(facts, metric, facts.series(metric).getLast().weekStart())));
        changes.words().forEach(escalations::check);
        return changes;
    }

    public Optional<CustomerFacts> facts(String domain) {
        return stores.customers().customer(domain).flatMap(c -> stores.customers().facts(c.accountId()));
    }

    /** The customer's weekly health, oldest first. */
    public List<Health> history(String domain) {
        return stores.customers().customer(domain).map(c -> stores.customerAlerts().history(c.accountId())).orElse(List.of());
    }

    /** The outcome of an Acknowledge click: the first click wins. */
    public sealed interface Acknowledged {
        record Done() implements Acknowledged {
        }

        record Already(String by) implements Acknowledged {
        }

        record NotFound() implements Acknowledged {
        }
    }

    public Acknowledged acknowledgeAnomaly(long id, String user) {
        var anomaly = stores.customerAlerts().anomaly(id);
        if (anomaly.isEmpty()) return new Acknowledged.NotFound();
        if (stores.customerAlerts().acknowledgeAnomaly(id, user, clock.instant())) return new Acknowledged.Done();
        return new Acknowledged.Already(stores.customerAlerts().anomaly(id).orElseThrow().acknowledgedBy());
    }

    public Acknowledged acknowledgeEscalation(long id, String user) {
        var escalation = stores.customerAlerts().escalation(id);
        if (escalation.isEmpty()) return new Acknowledged.NotFound();
        if (stores.customerAlerts().acknowledgeEscalation(id, user, clock.instant())) return new Acknowledged.Done();
        return new Acknowledged.Already(stores.customerAlerts().escalation(id).orElseThrow().acknowledgedBy());
    }

    /** An anomaly as its alert shows it (to redraw the message once acknowledged). */
    public Optional<CustomerNotifier.AnomalyAlert> anomalyAlert(long id) {
        return stores.customerAlerts().anomaly(id).flatMap(a -> stores.customers().facts(a.accountId())
                .map(f -> new CustomerNotifier.AnomalyAlert(a, f.customer(), f.series(a.metric()))));
    }

    public Optional<CustomerNotifier.EscalationAlert> escalationAlert(long id) {
        return stores.customerAlerts().escalation(id).flatMap(e -> stores.customers().customer(e.accountId())
                .map(c -> new CustomerNotifier.EscalationAlert(e, c, e.excerpt())));
    }

    /** The renewal pre-call package as of today ({@code /renewal <domain>}); empty when the domain is no customer. */
    public Optional<RenewalPackage> renewalPackage(String domain) {
        return posts.renewalPackage(domain);
    }

    /** What {@code /qbr} did: drafted a narrative for review, or why not. */
    public sealed interface Qbr {
        record Drafted(long touchId, TouchStatus status) implements Qbr {
        }

        record NotACustomer(String domain) implements Qbr {
        }

        record NotDrafted(String why) implements Qbr {
        }
    }

    /**
     * Drafts the customer's QBR narrative from its stored numbers (at most once a day) and puts it
     * on the review gate: copilot at most, as {@link ActionType#QBR_NARRATIVE}'s ceiling says.
     */
    public Qbr qbr(String domain) {
        var customer = stores.customers().customer(domain);
        if (customer.isEmpty()) return new Qbr.NotACustomer(domain);
        if (drafts == null) return new Qbr.NotDrafted("customer drafts are not set up in this process");
        if (stores.playbook().autonomy(ActionType.QBR_NARRATIVE) == AutonomyLevel.OFF_LIMITS) {
            return new Qbr.NotDrafted("QBR narratives are off limits by policy (/autonomy)");
        }
        return drafts.draft(ActionType.QBR_NARRATIVE, customer.get(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                .<Qbr>map(d -> new Qbr.Drafted(d.touchId(), d.status()))
                .orElseGet(() -> new Qbr.NotDrafted("it has no contact to write to (or only ones who left or unsubscribed),"
                        + " or its narrative was drafted today already"));
    }

    /** The CSM's weekly health digest as of today. */
    public HealthDigest digest(String csmSlackId) {
        return posts.digest(csmSlackId, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /**
     * The periodic part: escalations past their window go to the managers; overnight, the renewal
     * packages that are due (and their renewal outreach); on Mondays, the weekly
     * digests; the customer check-ins that are due.
     */
    public void sweep() {
        escalations.sweep();
        posts.sweep();
        if (drafts != null) drafts.sweep();
    }
}
