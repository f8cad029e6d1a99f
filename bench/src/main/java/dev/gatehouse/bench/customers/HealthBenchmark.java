package dev.gatehouse.bench.customers;

import dev.gatehouse.bench.report.Row;
import dev.gatehouse.bench.report.Section;
import dev.gatehouse.bench.report.Verdict;
import dev.gatehouse.bench.support.BenchDatabase;
import dev.gatehouse.engine.Workspace;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Customer health for every customer, each with a year of weekly usage (two metrics and seats),
 * recomputed with its explained points and saved, beside a plain aggregate query over the same
 * rows (the recent mean against the baseline median per customer) as the baseline.
 */
public final class HealthBenchmark {
    public static final double TARGET_SECONDS = 60;
    static final int WEEKS = 52;
    private final BenchDatabase database;
    private final int customers;

    public HealthBenchmark(BenchDatabase database, int customers) {
        this.database = database;
        this.customers = customers;
    }

    public record Result(int customers, long usageRows, double recomputeSeconds, double aggregateSeconds) {
    }

    public Result run(PrintStream out) {
        try (var workspace = Workspace.open(BenchDatabase.config(database.fresh("health")))) {
            var now = Instant.now();
            long rows = seed(workspace.dataSource(), LocalDate.ofInstant(now, ZoneOffset.UTC));
            long t0 = System.nanoTime();
            int scored = workspace.recomputeCustomerHealth(now);
            long t1 = System.nanoTime();
            aggregate(workspace.dataSource());
            long t2 = System.nanoTime();
            if (scored != customers) throw new IllegalStateException("scored " + scored + " of " + customers + " customers");
            var result = new Result(customers, rows, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            out.printf("health for %,d customers x %d weeks (%,d usage rows): %.1f s; plain aggregate query: %.1f s%n",
                    customers, WEEKS, rows, result.recomputeSeconds(), result.aggregateSeconds());
            return result;
        }
    }

    public static Section section(Result r) {
        return new Section("Customer health", List.of(new Row("health recomputed for " + String.format("%,d", r.customers())
                        + " customers with " + WEEKS + " weeks of usage each (" + String.format("%,d", r.usageRows())
                        + " rows): read, scored with explained points, saved", String.format("%.1f s", r.recomputeSeconds()),
                String.format("plain aggregate query (recent mean vs baseline median per customer): %.1f s", r.aggregateSeconds()),
                "≤ " + (int) TARGET_SECONDS + " s", Verdict.of(r.recomputeSeconds() <= TARGET_SECONDS))),
                List.of("Usage seeded with generate_series: weekly_active_users, reports_run and seats_used per week; one run."));
    }

    private long seed(DataSource data, LocalDate today) {
        var monday = today.minusDays(today.getDayOfWeek().getValue() - 1);
        try (var c = data.getConnection(); var s = c.createStatement()) {
            s.execute("insert into accounts (domain, name) select 'cust' || i || '.example', 'Customer ' || i"
                    + " from generate_series(1, " + customers + ") i");
            s.execute("insert into customers (account_id, arr, seats, renewal_date, csm_slack_id)"
                    + " select id, 12000 + (id % 50) * 1000, 20 + id % 80, date '" + today + "' + (id % 365)::int, 'U0CSM' || (id % 20)"
                    + " from accounts");
            s.execute("insert into customer_usage (account_id, metric, week_start, value)"
                    + " select a.id, m.metric, date '" + monday + "' - (w * 7), 50 + (a.id % 40) + ((w * 7 + a.id) % 11)"
                    + " - case when a.id % 5 = 0 and w < 4 then 30 else 0 end"
                    + " from accounts a, generate_series(0, " + (WEEKS - 1) + ") w,"
                    + " (values ('weekly_active_users'), ('reports_run')) m(metric)");
            s.execute("insert into customer_usage (account_id, metric, week_start, value)"
                    + " select a.id, 'seats_used', date '" + monday + "', 10 + a.id % 60 from accounts a");
            s.execute("analyze");
            try (var r = s.executeQuery("select count(*) from customer_usage")) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The baseline: one aggregate query reading the same rows, per customer its recent mean and its baseline median. */
    private static void aggregate(DataSource data) {
        try (var c = data.getConnection(); var s = c.createStatement(); var r = s.executeQuery("""
                select account_id,
                       avg(value) filter (where week_start > current_date - 28) as recent,
                       percentile_cont(0.5) within group (order by value)
                           filter (where week_start <= current_date - 28 and week_start > current_date - 112) as baseline
                from customer_usage where metric = 'weekly_active_users' group by account_id""")) {
            int n = 0;
            while (r.next()) n++;
            if (n == 0) throw new IllegalStateException("the aggregate read nothing");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
