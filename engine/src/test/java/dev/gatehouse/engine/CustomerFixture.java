package dev.gatehouse.engine;

import dev.gatehouse.engine.customers.CustomerInput;
import dev.gatehouse.engine.customers.CustomerParser;
import dev.gatehouse.engine.customers.CustomerSettings;
import dev.gatehouse.engine.customers.RecordingCustomerNotifier;
import dev.gatehouse.engine.customersuccess.AnomalyWatch;
import dev.gatehouse.engine.customersuccess.CustomerPosts;
import dev.gatehouse.engine.customersuccess.EscalationWatch;
import dev.gatehouse.engine.followups.MutableClock;
import dev.gatehouse.engine.signals.FieldError;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The customers use case on a fresh database, a clock the test moves and a notifier that records. */
public final class CustomerFixture {
    public final Stores stores = TestDatabase.freshStores();
    public final MutableClock clock;
    public final RecordingCustomerNotifier notifier = new RecordingCustomerNotifier();
    public final Customers customers;

    public CustomerFixture(Instant start) {
        this.clock = new MutableClock(start);
        this.customers = new Customers(stores, new AnomalyWatch(stores, notifier, clock),
                new EscalationWatch(stores, notifier, CustomerSettings.DEFAULT.ackWindow(), clock),
                new CustomerPosts(stores, notifier, CustomerSettings.DEFAULT.renewalPackageDays(), clock), clock);
    }

    /** Parses {@code key=value} items as the API would and ingests them; fails on any field error. */
    @SafeVarargs
    public final void ingest(Map<String, String>... items) {
        var errors = new ArrayList<FieldError>();
        var inputs = new ArrayList<CustomerInput>();
        for (int i = 0; i < items.length; i++) inputs.add(new CustomerParser().parse(i, items[i]::get, clock.instant(), errors));
        if (!errors.isEmpty()) throw new IllegalArgumentException(errors.toString());
        customers.ingest(inputs);
    }

    public static Map<String, String> item(String type, String domain, String... pairs) {
        var map = new HashMap<String, String>();
        map.put("type", type);
        map.put("account_domain", domain);
        for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], pairs[i + 1]);
        return map;
    }

    public static List<String> none() {
        return List.of();
    }
}
