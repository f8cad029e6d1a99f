package dev.gatehouse.bench.plan;

import dev.gatehouse.bench.memory.SyntheticWorkspace;
import dev.gatehouse.bench.report.Figures;
import dev.gatehouse.bench.report.Row;
import dev.gatehouse.bench.report.Section;
import dev.gatehouse.bench.support.BenchDatabase;
import dev.gatehouse.bench.support.Copy;
import dev.gatehouse.engine.Workspace;
import dev.gatehouse.engine.plan.PlanSettings;
import dev.gatehouse.engine.scoring.Icp;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Planning a day and claiming its budget from a backlog of scored accounts — the goal's plan, the
 * funnel it learns from, the backlog read best score first (contact, open conversations, first
 * emails since the newest signal, today's claims), routing to reviewers with room, the claims
 * written — beside a plain {@code ORDER BY score DESC LIMIT n} of the same n on the same scores.
 * Drafting is not timed: the writer's time is the flow benchmark's.
 */
public final class PlanBenchmark {
    private static final int REVIEWERS = 10;
    private static final int ROUNDS = 5;
    private static final Icp ICP = new Icp(0, List.of("logistics"), 50, 2000, List.of("EMEA"), List.of(), List.of(),
            Icp.Exclusions.NONE, Map.of(), Duration.ofDays(30), 40, "");

    private final BenchDatabase database;
    private final int accounts;

    public PlanBenchmark(BenchDatabase database, int accounts) {
        this.database = database;
        this.accounts = accounts;
    }

    /** Best of {@value #ROUNDS} rounds each, after one warm-up. */
    public record Result(int accounts, int budget, int claimed, double planMillis, double baselineMillis) {
    }

    public Result run(PrintStream out) {
        try (var workspace = Workspace.open(BenchDatabase.config(database.fresh("plan")))) {
            var ds = workspace.dataSource();
            seed(ds);
            // a week's goal of 10 meetings on the stated rates; 10 reviewers × 25 a day cap the claims
            var settings = PlanSettings.DEFAULTS;
            var clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
            var today = LocalDate.now(clock);
            Copy.execute(ds, "insert into goals (metric, target, period_start, period_end, author) values ('meetings', 10, '"
                    + today + "', '" + today.plusDays(6) + "', 'bench')");
            double plan = Double.MAX_VALUE, baseline = Double.MAX_VALUE;
            int budget = 0, claimed = 0;
            for (int round = 0; round <= ROUNDS; round++) {
                Copy.execute(ds, "delete from plan_claims");
                long t0 = System.nanoTime();
                var day = workspace.planAndClaim(settings, clock);
                double planMs = (System.nanoTime() - t0) / 1e6;
                budget = day.plan().budget();
                claimed = day.claims().size();
                long t1 = System.nanoTime();
                int read = topScores(ds, claimed);
                double baselineMs = (System.nanoTime() - t1) / 1e6;
                if (read != claimed) throw new IllegalStateException("baseline read " + read + " of " + claimed);
                if (round > 0) {
                    plan = Math.min(plan, planMs);
                    baseline = Math.min(baseline, baselineMs);
                }
            }
            var result = new Result(accounts, budget, claimed, plan, baseline);
            out.printf("backlog: %,d scored accounts, each with a contact and a signal; %d reviewers × %d a day%n", accounts,
                    REVIEWERS, settings.reviewsPerRepPerDay());
            out.printf("plan the day + claim its budget (%,d of a budget of %,d): %.1f ms (best of %d)%n", claimed, budget, plan, ROUNDS);
            out.printf("baseline ORDER BY score DESC LIMIT %,d: %.1f ms (best of %d)%n", claimed, baseline, ROUNDS);
            return result;
        }
    }

    private void seed(DataSource ds) {
        SyntheticWorkspace.insertIcp(ds, ICP);
        var now = Instant.now();
        Copy.rows(ds, "accounts (id, domain, name, industry, employees, region, country, owner_slack_id)", accounts,
                i -> new Object[]{i + 1, "plan" + i + ".example", "Account " + i, "logistics", 60 + i % 1500, "EMEA", "DE",
                        "U0REP" + (i % REVIEWERS)});
        Copy.execute(ds, "select setval(pg_get_serial_sequence('accounts', 'id'), " + Math.max(accounts, 1) + ")");
        Copy.rows(ds, "contacts (account_id, email, first_name, title)", accounts,
                i -> new Object[]{i + 1, "cfo@plan" + i + ".example", "Pat", "CFO"});
        Copy.rows(ds, "signals (account_id, kind, summary, observed_at, dedupe_key)", accounts,
                i -> new Object[]{i + 1, "funding", "Account " + i + " raised a round", now.minusSeconds(i * 61L % 5_000_000)
                        .atOffset(ZoneOffset.UTC).toString(), "plan-" + i});
        // scores spread over 0..99 with many ties, so the newest signal has ties to break
        Copy.rows(ds, "scores (account_id, icp_version, score, fit_points, signal_points, semantic_points, breakdown)", accounts,
                i -> new Object[]{i + 1, 1, (int) ((i * 2_654_435_761L) % 100), 20, 20, 0, "[]"});
        Copy.execute(ds, "analyze");
    }

    private static int topScores(DataSource ds, int n) {
        try (var connection = ds.getConnection(); var statement = connection.prepareStatement(
                "select account_id from scores order by score desc limit ?")) {
            statement.setInt(1, n);
            int read = 0;
            try (var rows = statement.executeQuery()) {
                while (rows.next()) read++;
            }
            return read;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Section section(Result r) {
        return new Section("Daily plan", List.of(Row.info("plan a day and claim its budget (" + Figures.count(r.claimed())
                        + " of " + Figures.count(r.budget()) + ") from " + Figures.count(r.accounts()) + " scored accounts",
                Figures.ms(r.planMillis()), "`ORDER BY score DESC LIMIT " + r.claimed() + "` on the same scores: "
                        + Figures.ms(r.baselineMillis()))),
                List.of("Best of " + ROUNDS + " rounds after a warm-up, today's claims cleared before each. The plan also reads the "
                        + "goal's progress and the funnel of the last 28 days, keeps to the backlog's rules (a contact, no open "
                        + "conversation, no first email since the newest signal, not claimed today), breaks ties on the newest "
                        + "signal, routes each account to a reviewer with room and writes the claims. Drafting is not timed."));
    }
}
