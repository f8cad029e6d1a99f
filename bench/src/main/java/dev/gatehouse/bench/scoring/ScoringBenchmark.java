package dev.gatehouse.bench.scoring;

import dev.gatehouse.bench.report.Figures;
import dev.gatehouse.bench.report.Row;
import dev.gatehouse.bench.report.Section;
import dev.gatehouse.bench.report.Verdict;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.scoring.IcpScorer;
import dev.gatehouse.engine.scoring.InProcessEmbedder;
import dev.gatehouse.engine.scoring.SemanticSimilarity;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Measures a bulk re-score (fit + signals) of synthetic accounts on all cores against a baseline
 * pass over the same data, the latency of one account with 20 signals, and the semantic part's
 * cost with the in-process model. Run: {@code java -Xmx2g -jar bench/target/gatehouse-bench.jar score}.
 */
public final class ScoringBenchmark {
    private static final List<String> INDUSTRIES = List.of("fintech", "saas", "healthtech", "retail", "logistics",
            "insurance", "edtech", "manufacturing", "media", "gaming", "energy", "biotech");
    private static final List<String> REGIONS = List.of("EMEA", "NA", "APAC", "LATAM");
    private static final List<String> TECHS = List.of("kafka", "postgres", "snowflake", "kubernetes", "react",
            "salesforce", "hubspot", "stripe", "aws", "gcp", "segment", "dbt", "airflow", "java", "python");
    private static final SignalKind[] KINDS = SignalKind.values();
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    public static final double TARGET_RATE = 20_000;

    private final int accountCount;
    private final int semanticAccounts;
    private final long seed;

    public ScoringBenchmark(int accountCount, int semanticAccounts, long seed) {
        this.accountCount = accountCount;
        this.semanticAccounts = semanticAccounts;
        this.seed = seed;
    }

    public static void main(String[] args) {
        new ScoringBenchmark(1_000_000, 200, 42).run(System.out);
    }

    record Generated(Account account, List<Signal> signals) {
    }

    /** The last pass's rates (accounts per second) and one account's latency in microseconds. */
    public record Result(int accounts, double scoreRate, double baselineRate, double singleP50Micros, double singleP99Micros,
                         Optional<Semantic> semantic) {
    }

    /** Microseconds per account for the semantic part: first time (the model embeds the text), and cached. */
    public record Semantic(double uncachedMicros, double cachedMicros) {
    }

    public Result run(PrintStream out) {
        var runtime = Runtime.getRuntime();
        out.printf("cores=%d maxHeap=%d MB java=%s%n", runtime.availableProcessors(),
                runtime.maxMemory() >> 20, System.getProperty("java.version"));
        var scorer = new IcpScorer(icp());
        long t0 = System.nanoTime();
        var rows = rows(new Random(seed));
        long signals = Arrays.stream(rows).mapToLong(r -> r.signals().size()).sum();
        out.printf("built %,d accounts with %,d signals in %d ms, heap used %d MB%n", rows.length, signals,
                (System.nanoTime() - t0) / 1_000_000, (runtime.totalMemory() - runtime.freeMemory()) >> 20);

        rescore(scorer, Arrays.copyOf(rows, Math.min(rows.length, 200_000)));
        baseline(rows);
        double scoreRate = 0, baselineRate = 0;
        for (int pass = 1; pass <= 2; pass++) {
            long start = System.nanoTime();
            long checksum = baseline(rows);
            baselineRate = rows.length / seconds(start);
            start = System.nanoTime();
            long totals = rescore(scorer, rows);
            scoreRate = rows.length / seconds(start);
            out.printf("pass %d: re-score %,.0f accounts/s (mean score %.1f); baseline employee sum %,.0f accounts/s"
                    + " (checksum %d); scoring costs %.0fx the baseline%n", pass, scoreRate,
                    (double) totals / rows.length, baselineRate, checksum, baselineRate / scoreRate);
        }
        var single = singleAccount(scorer, out);
        var semantic = semanticAccounts > 0 ? Optional.of(semantic(out)) : Optional.<Semantic>empty();
        return new Result(rows.length, scoreRate, baselineRate, single[0], single[1], semantic);
    }

    private static long rescore(IcpScorer scorer, Generated[] rows) {
        return IntStream.range(0, rows.length).parallel()
                .mapToLong(i -> scorer.score(rows[i].account(), rows[i].signals(), NOW).total()).sum();
    }

    private static long baseline(Generated[] rows) {
        return IntStream.range(0, rows.length).parallel().mapToLong(i -> {
            Integer employees = rows[i].account().employees();
            return employees == null ? 0 : employees;
        }).sum();
    }

    /** p50 and p99 in microseconds. */
    private double[] singleAccount(IcpScorer scorer, PrintStream out) {
        var random = new Random(seed + 1);
        var account = account(random, 7);
        var signals = new ArrayList<Signal>();
        for (int i = 0; i < 20; i++) signals.add(signal(random, 7, i));
        int samples = Math.clamp(accountCount / 10, 1_000, 100_000);
        for (int i = 0; i < samples / 2; i++) scorer.score(account, signals, NOW);
        var nanos = new long[samples];
        long sink = 0;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            sink += scorer.score(account, signals, NOW).reasons().size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double p50 = nanos[nanos.length / 2] / 1000.0, p99 = nanos[nanos.length * 99 / 100] / 1000.0;
        out.printf("one account with 20 signals: p50 %.2f µs, p99 %.2f µs (sink %d)%n", p50, p99, sink % 10);
        return new double[]{p50, p99};
    }

    private Semantic semantic(PrintStream out) {
        long start = System.nanoTime();
        var model = InProcessEmbedder.loadMiniLm();
        out.printf("semantic: model loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        var similarity = new SemanticSimilarity(new InProcessEmbedder(model, InProcessEmbedder.MINILM, 10_000));
        var description = icp().description();
        var random = new Random(seed + 2);
        var accounts = new ArrayList<Account>();
        for (int i = 0; i < semanticAccounts; i++) accounts.add(describedAccount(random, i));
        similarity.relevance(describedAccount(random, -1), description);
        double uncached = 0, cached = 0;
        for (int pass = 0; pass < 10; pass++) {
            start = System.nanoTime();
            double sum = 0;
            for (var account : accounts) sum += similarity.relevance(account, description);
            double micros = (System.nanoTime() - start) / 1000.0 / accounts.size();
            if (pass == 0) uncached = micros;
            cached = micros;
            if (pass == 0 || pass == 1 || pass == 9) {
                out.printf("semantic %s: %.1f µs per account over %d accounts (mean relevance %.2f)%n",
                        pass == 0 ? "uncached" : "cached, pass " + (pass + 1), micros, accounts.size(),
                        sum / accounts.size());
            }
        }
        return new Semantic(uncached, cached);
    }

    private Generated[] rows(Random random) {
        var rows = new Generated[accountCount];
        for (int i = 0; i < accountCount; i++) {
            int count = random.nextInt(6);
            var signals = new Signal[count];
            for (int s = 0; s < count; s++) signals[s] = signal(random, i, s);
            rows[i] = new Generated(account(random, i), List.of(signals));
        }
        return rows;
    }

    private static Account account(Random random, long id) {
        var techs = List.of(TECHS.get(random.nextInt(TECHS.size())), TECHS.get(random.nextInt(TECHS.size())));
        return new Account(id, "acct" + id + ".example", "Account " + id,
                INDUSTRIES.get(random.nextInt(INDUSTRIES.size())), 5 + random.nextInt(5000),
                REGIONS.get(random.nextInt(REGIONS.size())), null, techs, null, null);
    }

    private static Signal signal(Random random, long accountId, int index) {
        var kind = KINDS[random.nextInt(KINDS.length)];
        var observed = NOW.minusSeconds(random.nextInt(180 * 86_400));
        return new Signal(accountId * 8 + index, accountId, null, kind, kind.wire(), null, observed);
    }

    private static Account describedAccount(Random random, int i) {
        var industry = INDUSTRIES.get(Math.floorMod(i, INDUSTRIES.size()));
        var description = "A " + industry + " company, " + (10 + random.nextInt(900)) + " people, building "
                + (random.nextBoolean() ? "payment infrastructure" : "tools for " + industry + " teams")
                + " (variant " + i + ")";
        return new Account(100_000 + i, "d" + i + ".example", "Company " + i, industry, 200,
                "EMEA", null, List.of("kafka", "postgres"), description, null);
    }

    static Icp icp() {
        return new Icp(1, List.of("fintech", "saas", "insurance"), 50, 1000, List.of("EMEA", "NA"),
                List.of("kafka", "postgres", "snowflake", "stripe"), List.of(), Icp.Exclusions.NONE,
                Map.of(), Duration.ofDays(30), 40,
                "B2B fintech and SaaS companies in Europe and North America building payment or data platforms");
    }

    public static Section section(Result full, IncrementalScoringBenchmark.Result incremental) {
        return new Section("Scoring", List.of(
                new Row("full re-score, " + Figures.count(full.accounts()) + " accounts in memory (fit + signals), "
                        + Runtime.getRuntime().availableProcessors() + " threads, second pass",
                        Figures.count(full.scoreRate()) + " accounts/s",
                        "summing the same accounts' employee counts: " + Figures.count(full.baselineRate()) + " accounts/s",
                        "≥ 20,000 accounts/s", Verdict.of(full.scoreRate() >= TARGET_RATE)),
                IncrementalScoringBenchmark.row(incremental)),
                List.of(String.format(Locale.ROOT, "One account with 20 signals scores in p50 %.1f µs, p99 %.1f µs "
                        + "(pure scoring, no database).", full.singleP50Micros(), full.singleP99Micros())
                        + full.semantic().map(s -> String.format(Locale.ROOT, " The semantic part (ICP description against the "
                        + "account's, in-process model) costs %,.0f µs per account the first time and %,.1f µs cached.",
                        s.uncachedMicros(), s.cachedMicros())).orElse("")));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
