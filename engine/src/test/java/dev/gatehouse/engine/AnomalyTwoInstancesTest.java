package dev.gatehouse.engine;

import dev.gatehouse.engine.customers.CustomerParser;
import dev.gatehouse.engine.customers.CustomerSettings;
import dev.gatehouse.engine.customers.RecordingCustomerNotifier;
import dev.gatehouse.engine.customersuccess.AnomalyWatch;
import dev.gatehouse.engine.customersuccess.CustomerPosts;
import dev.gatehouse.engine.customersuccess.EscalationWatch;
import dev.gatehouse.engine.signals.FieldError;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.gatehouse.engine.CustomerFixture.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database see the same new week of usage at the same time (a retried
 * export, or the export sent to both): the anomaly group is one row and one instance posts it.
 */
class AnomalyTwoInstancesTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 6, 1); // a Monday
    private final CustomerFixture first = new CustomerFixture(FIRST.atStartOfDay().toInstant(ZoneOffset.UTC));
    private final RecordingCustomerNotifier secondNotifier = new RecordingCustomerNotifier();
    private final Stores secondStores = TestDatabase.storesOn(TestDatabase.shared().dataSource());
    private final Customers second = new Customers(secondStores, new AnomalyWatch(secondStores, secondNotifier, first.clock),
            new EscalationWatch(secondStores, secondNotifier, CustomerSettings.DEFAULT.ackWindow(), first.clock),
            new CustomerPosts(secondStores, secondNotifier, CustomerSettings.DEFAULT.renewalPackageDays(), first.clock),
            first.clock);

    @Test
    void two_instances_checking_the_same_drop_at_once_store_one_group_and_post_it_once() throws Exception {
        first.clock.set(FIRST.plusWeeks(12).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        first.ingest(item("customer", "acme.example", "name", "Acme", "arr", "48000", "csm_slack_id", "U0CSM0001"));
        @SuppressWarnings("unchecked")
        Map<String, String>[] history = new Map[12];
        for (int i = 0; i < 12; i++) history[i] = usage(i, 100 + (i % 3));
        first.ingest(history);
        var drop = parsed(usage(12, 40));

        var pool = Executors.newFixedThreadPool(2);
        try (Connection gate = TestDatabase.shared().dataSource().getConnection()) {
            // both instances read "no group yet" and then wait at their insert until both are there
            gate.setAutoCommit(false);
            gate.createStatement().execute("lock table customer_anomalies in share mode");
            List<Future<?>> runs = List.of(pool.submit(() -> first.customers.ingest(drop)),
                    pool.submit(() -> second.ingest(drop)));
            awaitInsertsWaiting(2);
            gate.commit();
            for (var run : runs) run.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        var accountId = first.stores.customers().customer("acme.example").orElseThrow().accountId();
        assertThat(first.stores.customerAlerts().anomalies(accountId)).singleElement();
        assertThat(first.notifier.anomalies.size() + secondNotifier.anomalies.size()).as("posts to the CSM").isEqualTo(1);
    }

    private static Map<String, String> usage(int week, double value) {
        return item("usage", "acme.example", "metric", "weekly_active_users", "value", Double.toString(value),
                "period", FIRST.plusWeeks(week).toString());
    }

    private List<dev.gatehouse.engine.customers.CustomerInput> parsed(Map<String, String> item) {
        var errors = new ArrayList<FieldError>();
        var input = new CustomerParser().parse(0, item::get, first.clock.instant(), errors);
        assertThat(errors).isEmpty();
        return List.of(input);
    }

    /** Waits (polling PostgreSQL, not the clock) until {@code n} sessions wait for a lock on the anomalies table. */
    private static void awaitInsertsWaiting(int n) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (TestDatabase.count("select count(*) from pg_locks l join pg_class c on c.oid = l.relation"
                + " where c.relname = 'customer_anomalies' and not l.granted") < n) {
            assertThat(System.nanoTime()).as("both instances reached the insert").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
