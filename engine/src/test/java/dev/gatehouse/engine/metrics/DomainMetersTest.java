package dev.gatehouse.engine.metrics;

import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.store.Fixtures;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import dev.gatehouse.engine.store.UsageStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code gatehouse_} meters show the counts the last refresh read, never a query of their own. */
class DomainMetersTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicBoolean databaseDown = new AtomicBoolean();
    private DomainMeters domain;

    @AfterEach
    void stop() {
        if (domain != null) domain.close();
    }

    private DomainMeters started(Stores stores) {
        domain = new DomainMeters(stores, stores.usage(), Clock.systemUTC(), meters, Duration.ofHours(1))
                .start();
        return domain;
    }

    private double pendingTouches() {
        return meters.get("gatehouse.touches").tag("status", "pending_review").gauge().value();
    }

    private double signals() {
        return meters.get("gatehouse.signals").gauge().value();
    }

    private static void storeSignal(Stores stores, long accountId, String key) {
        stores.signals().insert(new Signal(0, accountId, null, SignalKind.HIRING, "Northwind is hiring a controller",
                null, Instant.now()), key);
    }

    /** The test database, reached through a pool that can be made to refuse connections. */
    private Stores switchable(DataSource real) {
        var proxy = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (self, method, args) -> {
                    if (databaseDown.get() && method.getName().equals("getConnection")) throw new SQLException("down");
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return TestDatabase.storesOn(proxy);
    }

    @Test
    void counts_are_read_at_start_and_change_only_when_refreshed() {
        var stores = TestDatabase.freshStores();
        var seeded = new Fixtures(stores).pendingTouch();
        started(stores);
        assertThat(pendingTouches()).isEqualTo(1.0);
        assertThat(signals()).isEqualTo(1.0);

        storeSignal(stores, seeded.accountId(), "test:hiring");

        assertThat(signals()).isEqualTo(1.0);
        domain.refresh();
        assertThat(signals()).isEqualTo(2.0);
    }

    @Test
    void a_failed_refresh_keeps_serving_the_last_counts() {
        var database = TestDatabase.fresh();
        var stores = switchable(database.dataSource());
        var seeded = new Fixtures(stores).pendingTouch();
        started(stores);

        databaseDown.set(true);
        domain.refresh();

        assertThat(pendingTouches()).isEqualTo(1.0);
        assertThat(signals()).isEqualTo(1.0);
        databaseDown.set(false);
        storeSignal(stores, seeded.accountId(), "test:hiring");
        domain.refresh();
        assertThat(signals()).isEqualTo(2.0);
    }
}
