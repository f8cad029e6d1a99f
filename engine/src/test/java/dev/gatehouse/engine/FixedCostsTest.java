package dev.gatehouse.engine;

import dev.gatehouse.engine.audit.Subject;
import dev.gatehouse.engine.report.ReportSettings;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixed monthly cost a manager enters: stored, audited with before and after, used by reports; the env value stays the default. */
class FixedCostsTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final LocalDate WEEK = LocalDate.parse("2026-11-23");
    private static final BigDecimal ENV = new BigDecimal("304.38");

    private Stores stores;
    private FixedCosts costs;
    private Reports reports;

    @BeforeEach
    void fresh() {
        stores = TestDatabase.freshStores();
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        costs = new FixedCosts(stores, ENV, clock);
        reports = new Reports(stores, new ReportSettings(ENV, ZoneId.of("UTC")), clock);
    }

    private java.util.List<dev.gatehouse.engine.store.AuditStore.Entry> audit() {
        return stores.audit().forSubject(Subject.setting("fixed_monthly_cost"));
    }

    @Test
    void without_a_setting_the_environment_s_value_is_used() {
        assertThat(costs.current().set()).isFalse();
        assertThat(costs.current().text()).isEqualTo("304.38 USD a month (GATEHOUSE_FIXED_MONTHLY_COST)");
        assertThat(reports.week(WEEK).cost().fixedShare()).as("304.38 over 7 of 30.4375 days").isEqualByComparingTo("70.00");
    }

    @Test
    void a_manager_s_cost_is_stored_audited_with_before_and_after_and_used_by_the_report() {
        var change = costs.set(new BigDecimal("608.76"), "U0MANAGER");

        assertThat(change).isInstanceOf(FixedCosts.Change.Changed.class);
        assertThat(costs.current().usd()).isEqualByComparingTo("608.76");
        assertThat(costs.current().setBy()).isEqualTo("U0MANAGER");
        assertThat(reports.week(WEEK).cost().fixedShare()).as("608.76 over 7 of 30.4375 days").isEqualByComparingTo("140.00");
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("fixed_cost.set");
            assertThat(e.actor()).isEqualTo("U0MANAGER");
            assertThat(e.before()).contains("304.38 USD a month (GATEHOUSE_FIXED_MONTHLY_COST)");
            assertThat(e.after()).contains("608.76 USD a month");
        });
    }

    @Test
    void clearing_it_goes_back_to_the_environment_s_value_and_is_audited() {
        costs.set(new BigDecimal("1200"), "U0MANAGER");

        costs.clear("U0MANAGER");

        assertThat(costs.current().set()).isFalse();
        assertThat(reports.week(WEEK).cost().fixedShare()).isEqualByComparingTo("70.00");
        assertThat(audit()).extracting(e -> e.action()).containsExactlyInAnyOrder("fixed_cost.set", "fixed_cost.clear");
        assertThat(costs.clear("U0MANAGER")).isInstanceOf(FixedCosts.Change.NothingToClear.class);
        assertThat(audit()).hasSize(2);
    }

    @Test
    void a_bad_amount_names_the_field_and_changes_nothing() {
        for (var bad : new String[]{"-1", "10000000.01", "12.345"}) {
            assertThat(costs.set(new BigDecimal(bad), "U0MANAGER")).isInstanceOfSatisfying(FixedCosts.Change.Invalid.class,
                    i -> assertThat(i.problem()).startsWith("amount:"));
        }
        assertThat(costs.current().set()).isFalse();
        assertThat(audit()).isEmpty();
    }

    @Test
    void concurrent_changes_each_audit_the_value_they_replaced() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<FixedCosts.Change>>();
            for (int i = 1; i <= 8; i++) {
                var amount = new BigDecimal(i * 100);
                tasks.add(() -> costs.set(amount, "U0MANAGER"));
            }
            for (var f : pool.invokeAll(tasks)) f.get();
        } finally {
            pool.shutdown();
        }

        var entries = audit();
        assertThat(entries).hasSize(8);
        // a chain: every value but the first replaced the one set before it, and the last is the one in force
        var sorted = entries.stream().sorted(java.util.Comparator.comparingLong(e -> e.id())).toList();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i).before()).isEqualTo(sorted.get(i - 1).after());
        }
        assertThat(sorted.getLast().after()).contains(costs.current().usd().toPlainString());
    }
}
