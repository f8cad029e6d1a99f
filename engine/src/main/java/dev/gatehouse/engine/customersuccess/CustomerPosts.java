package dev.gatehouse.engine.customersuccess;

import dev.gatehouse.engine.customers.Customer;
import dev.gatehouse.engine.customers.CustomerInput;
import dev.gatehouse.engine.customers.CustomerNotifier;
import dev.gatehouse.engine.customers.HealthDigest;
import dev.gatehouse.engine.customers.HealthDigestBuilder;
import dev.gatehouse.engine.customers.PackageVerifier;
import dev.gatehouse.engine.customers.RenewalPackage;
import dev.gatehouse.engine.customers.RenewalPackageBuilder;
import dev.gatehouse.engine.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The renewal pre-call package (overnight, {@code days} before each renewal, and on demand) and the
 * weekly health digest per CSM (Mondays from 07:00 UTC). Run from the periodic sweep; each package
 * and digest is claimed in the database first, so several instances post it once, and one whose
 * poster died is taken over. Every package is checked by the {@link PackageVerifier} before it goes out.
 */
public final class CustomerPosts {
    private static final Logger log = LoggerFactory.getLogger(CustomerPosts.class);
    static final int NIGHT_ENDS_HOUR = 6;
    static final int DIGEST_HOUR = 7;
    private final Stores stores;
    private final CustomerNotifier notifier;
    private final HealthRecompute health;
    private final int days;
    private final Clock clock;

    public CustomerPosts(Stores stores, CustomerNotifier notifier, int days, Clock clock) {
        this.stores = stores;
        this.notifier = notifier;
        this.health = new HealthRecompute(stores);
        this.days = days;
        this.clock = clock;
    }

    /** The package as of today, verified: its health recomputed first. Empty when the domain is no customer. */
    public Optional<RenewalPackage> renewalPackage(String domain) {
        return stores.customers().customer(domain).map(c -> build(c, today()));
    }

    public void sweep() {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        var today = now.toLocalDate();
        if (now.getHour() < NIGHT_ENDS_HOUR) {
            for (var customer : stores.customers().renewingBetween(today, today.plusDays(days))) {
                post("renewal", customer.domain(), customer.renewalDate(), () -> notifier.renewalPackage(build(customer, today)));
            }
        }
        if (now.getDayOfWeek() == DayOfWeek.MONDAY && now.getHour() >= DIGEST_HOUR) {
            var week = CustomerInput.week(today);
            stores.customers().customers().stream().map(Customer::csmSlackId).filter(java.util.Objects::nonNull).distinct()
                    .forEach(csm -> post("digest", csm, week, () -> notifier.digest(digest(csm, today))));
        }
    }

    /** The CSM's digest as of today (each customer's health for this week recomputed first). */
    public HealthDigest digest(String csm, LocalDate today) {
        var week = CustomerInput.week(today);
        var standings = stores.customers().customers().stream().filter(c -> csm.equals(c.csmSlackId())).map(c -> {
            stores.customers().facts(c.accountId()).ifPresent(f -> health.recompute(f, List.of(week)));
            return new HealthDigestBuilder.Standing(c, stores.customerAlerts().history(c.accountId()),
                    stores.customerAlerts().openEscalations(c.accountId()));
        }).toList();
        return new HealthDigestBuilder().build(csm, week, standings, today);
    }

    private RenewalPackage build(Customer customer, LocalDate today) {
        var facts = stores.customers().facts(customer.accountId()).orElseThrow();
        var current = health.recompute(facts, List.of(CustomerInput.week(today))).getFirst();
        var renewal = new RenewalPackageBuilder().build(facts, current, today);
        var problems = new PackageVerifier().verify(renewal, stores.customers().facts(customer.accountId()).orElseThrow(), current);
        if (problems.isEmpty()) return renewal;
        log.warn("Renewal package for {}: {} statement(s) withheld, not grounded in their rows: {}", customer.domain(),
                problems.size(), problems);
        var bad = problems.stream().map(PackageVerifier.Problem::statement).collect(java.util.stream.Collectors.toSet());
        return new RenewalPackage(renewal.customer(), renewal.assembledOn(), renewal.sections().stream()
                .map(s -> new RenewalPackage.Section(s.title(), s.statements().stream().filter(st -> !bad.contains(st.text())).toList()))
                .toList(), renewal.usage());
    }

    private void post(String kind, String subject, LocalDate period, Runnable send) {
        var alerts = stores.customerAlerts();
        if (!alerts.claimPost(kind, subject, period, clock.instant())) return;
        send.run();
        alerts.markPosted(kind, subject, period, clock.instant());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
