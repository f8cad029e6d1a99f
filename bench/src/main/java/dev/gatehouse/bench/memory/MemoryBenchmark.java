package dev.gatehouse.bench.memory;

import dev.gatehouse.bench.report.Figures;
import dev.gatehouse.bench.report.Row;
import dev.gatehouse.bench.report.Section;
import dev.gatehouse.bench.report.Verdict;
import dev.gatehouse.bench.support.BenchDatabase;
import dev.gatehouse.bench.support.BotClient;
import dev.gatehouse.bench.support.BotSettings;
import dev.gatehouse.bench.support.ChildBot;
import dev.gatehouse.bench.support.ChildJvm;
import dev.gatehouse.bench.support.Copy;
import dev.gatehouse.bench.support.RecordingSlack;
import dev.gatehouse.bench.support.TempDir;
import dev.gatehouse.engine.Workspace;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Peak resident memory ({@code VmHWM}) of {@code gatehouse run} in a child JVM with a large
 * workspace in its database (loaded with COPY), after it is ready, has drawn a Home tab, answered
 * {@code /pipeline}, served {@code /metrics} and re-scored the accounts a batch of new signals
 * names; baseline: the same bot, the same steps, on a database holding only those accounts.
 */
public final class MemoryBenchmark {
    public static final long TARGET_KIB = 512 * 1024;
    private static final int BATCH = 250;
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(10);

    private final BenchDatabase database;
    private final int accounts;
    private final int signals;
    private final int pass;
    private final boolean footprints;
    private final Map<String, String> settings;

    /**
     * {@code footprints}: also measure a JVM that loads only the embedding model, and one that loads
     * nothing; {@code settings} are added to the bot's environment (none: the bot as shipped).
     */
    public MemoryBenchmark(BenchDatabase database, int accounts, int signals, int pass, boolean footprints,
                           Map<String, String> settings) {
        if (pass < 1 || pass > accounts) throw new IllegalArgumentException("the scoring pass needs 1.." + accounts + " accounts");
        this.database = database;
        this.accounts = accounts;
        this.signals = signals;
        this.pass = pass;
        this.footprints = footprints;
        this.settings = Map.copyOf(settings);
    }

    /** One bot's memory (KiB) and how long its database took to load and its scoring pass to run. */
    public record Run(int accounts, int signals, long readyKib, long peakKib, long endKib, long loadMillis, long passMillis) {
    }

    /** Also the peak memory of a JVM that loads only the embedding model, and of one that loads nothing (KiB, 0: not measured). */
    public record Result(Run loaded, Run empty, int pass, long modelOnlyKib, long nothingKib) {
    }

    public Result run(PrintStream out) throws Exception {
        try (var slack = new RecordingSlack(); var home = new TempDir("gatehouse-bench-memory")) {
            var empty = measure(pass, 0, slack, home);
            print(out, "baseline, only the " + Figures.count(pass) + " accounts the pass re-scores", empty);
            var loaded = measure(accounts, signals, slack, home);
            print(out, "loaded", loaded);
            if (!footprints) return new Result(loaded, empty, pass, 0, 0);
            long model = footprint("model");
            long nothing = footprint("nothing");
            out.printf("a JVM that only loads the embedding model: VmHWM %s; one that loads nothing: %s%n", Figures.mb(model),
                    Figures.mb(nothing));
            return new Result(loaded, empty, pass, model, nothing);
        }
    }

    private Run measure(int accountCount, int signalCount, RecordingSlack slack, TempDir home) throws Exception {
        var url = database.fresh("memory");
        try (var workspace = Workspace.open(BenchDatabase.config(url))) {
            long t0 = System.nanoTime();
            SyntheticWorkspace.seed(workspace.dataSource(), accountCount, signalCount, Instant.now());
            long load = (System.nanoTime() - t0) / 1_000_000;
            try (var bot = ChildBot.start(slack.url(), url, home.path(), settings, STEP_TIMEOUT)) {
                long ready = bot.jvm().memory().peakKib();
                useIt(bot.client(), slack);
                long t1 = System.nanoTime();
                scoringPass(bot.client());
                awaitScores(workspace, bot);
                long passMillis = (System.nanoTime() - t1) / 1_000_000;
                var memory = bot.jvm().memory();
                return new Run(accountCount, signalCount, ready, memory.peakKib(), memory.currentKib(), load, passMillis);
            }
        }
    }

    private static long footprint(String what) throws InterruptedException {
        var jvm = ChildJvm.start(Footprint.class.getName(), List.of(what), Map.of());
        int code = jvm.await(STEP_TIMEOUT);
        var printed = jvm.output();
        jvm.close();
        var line = printed.lines().filter(l -> l.startsWith("VmHWM ")).findFirst();
        if (code != 0 || line.isEmpty()) throw new IllegalStateException("the footprint JVM failed: " + printed);
        return Long.parseLong(line.get().substring(6).trim());
    }

    /** What a person does first: opens the Home tab, asks for {@code /pipeline}; and a metrics scrape. */
    private static void useIt(BotClient client, RecordingSlack slack) throws Exception {
        long before = System.nanoTime();
        expect(client.slack(BotClient.homeOpened(BotSettings.REP, "Ev" + before)).statusCode(), "app_home_opened");
        slack.await("views.publish", c -> c.arrivedNanos() > before, STEP_TIMEOUT);
        expect(client.slack(BotClient.command(BotSettings.MANAGER, "/pipeline", "")).statusCode(), "/pipeline");
        slack.await("chat.postEphemeral", c -> c.arrivedNanos() > before, STEP_TIMEOUT);
        expect(client.get("/metrics").statusCode(), "GET /metrics");
    }

    private void scoringPass(BotClient client) throws IOException, InterruptedException {
        for (int from = 0; from < pass; from += BATCH) {
            var response = client.signals(SyntheticWorkspace.signalBatch(from, Math.min(BATCH, pass - from)));
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST /api/signals answered " + response.statusCode() + ": " + response.body());
            }
        }
    }

    /** The pass is over when every account it named has a stored score (the database starts with none). */
    private void awaitScores(Workspace workspace, ChildBot bot) throws InterruptedException {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        var sql = "select count(*) from scores where account_id <= " + pass;
        while (Copy.number(workspace.dataSource(), sql) < pass) {
            if (!bot.jvm().alive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the scoring pass did not finish: " + bot.jvm().output());
            }
            Thread.sleep(100);
        }
    }

    private static void expect(int status, String what) {
        if (status != 200) throw new IllegalStateException(what + " answered " + status);
    }

    private static void print(PrintStream out, String what, Run run) {
        out.printf(Locale.ROOT, "%s: %,d accounts, %,d signals (COPY %,d ms); VmHWM ready %s, after the steps %s; VmRSS %s; "
                        + "scoring pass %,d ms%n", what, run.accounts(), run.signals(), run.loadMillis(), Figures.mb(run.readyKib()),
                Figures.mb(run.peakKib()), Figures.mb(run.endKib()), run.passMillis());
    }

    public static Section section(Result r) {
        var loaded = r.loaded();
        var empty = r.empty();
        var size = String.format(Locale.ROOT, "%,d accounts and %,d signals", loaded.accounts(), loaded.signals());
        var rows = new ArrayList<>(List.of(
                new Row("peak RSS (VmHWM) of `run` with " + size + ", after ready, a Home tab, `/pipeline`, `/metrics` and a "
                        + "scoring pass over " + Figures.count(r.pass()) + " accounts", Figures.mb(loaded.peakKib()),
                        "same bot and steps, database with only those " + Figures.count(r.pass()) + " accounts: " + Figures.mb(empty.peakKib()),
                        "≤ 512 MB", Verdict.of(loaded.peakKib() <= TARGET_KIB)),
                Row.info("peak RSS when `GET /health` first answers 200", Figures.mb(loaded.readyKib()), Figures.mb(empty.readyKib())),
                Row.info("resident memory after the steps (VmRSS)", Figures.mb(loaded.endKib()), Figures.mb(empty.endKib())),
                Row.info("scoring pass: " + Figures.count(r.pass()) + " signals in by `POST /api/signals`, until every named account's score is stored",
                        Figures.count(loaded.passMillis()) + " ms", Figures.count(empty.passMillis()) + " ms")));
        if (r.modelOnlyKib() > 0) {
            rows.add(Row.info("peak RSS of a JVM that only loads the in-process embedding model the bot loads at start",
                    Figures.mb(r.modelOnlyKib()), "a JVM that loads nothing: " + Figures.mb(r.nothingKib())));
        }
        return new Section("Memory", rows, List.of("The child JVM runs with " + ChildJvm.FLAGS + ", as the README's run command "
                + "does (without a heap flag the JVM may take a quarter of the machine's memory); PostgreSQL's own processes are not counted. Loading the database "
                + "with COPY took " + Figures.count(loaded.loadMillis()) + " ms. The ICP's minimum score is out of reach, so the "
                + "pass only scores (an account that qualified without a contact would also be announced in Slack, paced at "
                + "one message a second)."));
    }
}
