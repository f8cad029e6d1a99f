package dev.gatehouse.engine.customersuccess;

import dev.gatehouse.engine.customers.Anomaly;
import dev.gatehouse.engine.customers.AnomalyDetector;
import dev.gatehouse.engine.customers.CustomerFacts;
import dev.gatehouse.engine.customers.CustomerNotifier;
import dev.gatehouse.engine.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Checks a newly stored week of a metric against its robust baseline. A new anomaly is posted to
 * the CSM once; a flagged week right after one of the same metric and direction joins that group
 * instead (counted, not posted). Several instances may check the same week at once: the group has a
 * unique key and its post is claimed first, so one row is stored and one message posted. Autonomous:
 * internal only, nothing reaches the customer.
 */
public final class AnomalyWatch {
    private static final Logger log = LoggerFactory.getLogger(AnomalyWatch.class);
    private final Stores stores;
    private final CustomerNotifier notifier;
    private final Clock clock;
    private final AnomalyDetector detector = new AnomalyDetector();

    public AnomalyWatch(Stores stores, CustomerNotifier notifier) {
        this(stores, notifier, Clock.systemUTC());
    }

    public AnomalyWatch(Stores stores, CustomerNotifier notifier, Clock clock) {
        this.stores = stores;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Checks {@code week} of {@code metric} when it is the metric's latest week (a history import checks only its end). */
    public void check(CustomerFacts facts, String metric, LocalDate week) {
        var series = facts.series(metric);
        if (series.isEmpty() || !series.getLast().weekStart().equals(week)) return;
        var finding = detector.check(series, week);
        if (finding.isEmpty()) return;
        var alerts = stores.customerAlerts();
        long accountId = facts.customer().accountId();
        var group = alerts.openGroup(accountId, metric, finding.get().direction(), week);
        if (group.isPresent()) {
            alerts.extend(group.get().id(), finding.get());
        } else {
            group = alerts.insert(accountId, finding.get());
            if (group.isEmpty()) return; // another instance stored this group a moment ago: it posts it
            log.info("Usage anomaly on {}: {} {} in the week of {}", facts.customer().domain(), metric,
                    group.get().direction().wire(), week);
        }
        post(group.get(), facts, series);
    }

    /** Claim, then post: only the instance whose claim succeeds posts (and one that died is taken over later). */
    private void post(Anomaly anomaly, CustomerFacts facts, java.util.List<CustomerFacts.UsageWeek> series) {
        var alerts = stores.customerAlerts();
        if (!alerts.claimAnomalyPost(anomaly.id(), clock.instant())) return;
        notifier.anomaly(new CustomerNotifier.AnomalyAlert(anomaly, facts.customer(), series))
                .ifPresent(posted -> alerts.posted(anomaly.id(), posted.channel(), posted.ts()));
    }
}
