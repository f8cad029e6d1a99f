package dev.gatehouse.bench.startup;

import dev.gatehouse.bench.report.Figures;
import dev.gatehouse.bench.report.Percentiles;
import dev.gatehouse.bench.report.Row;
import dev.gatehouse.bench.report.Section;
import dev.gatehouse.bench.support.BenchDatabase;
import dev.gatehouse.bench.support.ChildBot;
import dev.gatehouse.bench.support.ChildJvm;
import dev.gatehouse.bench.support.RecordingSlack;
import dev.gatehouse.bench.support.TempDir;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Start-up time to ready: {@code gatehouse run} in a child JVM, from spawning it to the first 200
 * from {@code GET /health}, against a PostgreSQL that is already running (the first start on an
 * empty database applies the migrations); baseline: a hello-world JVM on the same class path.
 */
public final class StartupBenchmark {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final BenchDatabase database;
    private final int starts;

    /** {@code starts} on the migrated database after the first (0: only the first). */
    public StartupBenchmark(BenchDatabase database, int starts) {
        if (starts < 0) throw new IllegalArgumentException("no negative starts");
        this.database = database;
        this.starts = starts;
    }

    /** Every figure in milliseconds: the first start (migrations), the later ones (empty for none), the hello-world JVM. */
    public record Result(double firstMillis, Optional<Percentiles> again, Percentiles hello) {
    }

    public Result run(PrintStream out) throws InterruptedException {
        var hello = new long[Math.max(starts, 1)];
        for (int i = 0; i < hello.length; i++) hello[i] = helloWorld();
        var again = new long[starts];
        long first;
        try (var slack = new RecordingSlack(); var home = new TempDir("gatehouse-bench-startup")) {
            var url = database.fresh("startup");
            first = readyOnce(slack, url, home);
            for (int i = 0; i < starts; i++) again[i] = readyOnce(slack, url, home);
        }
        var result = new Result(first / 1e6, starts == 0 ? Optional.empty() : Optional.of(Percentiles.ofNanos(again)),
                Percentiles.ofNanos(hello));
        out.printf("child JVM flags: %s, class path of this process%n", ChildJvm.FLAGS);
        out.printf("baseline hello-world JVM start to exit: p50 %s ms over %d%n", Figures.ms(result.hello().p50()), hello.length);
        out.printf("bot start to ready, first start on an empty database (migrations): %s ms%n", Figures.ms(result.firstMillis()));
        result.again().ifPresent(p -> out.printf("bot start to ready, database migrated: p50 %s ms, max %s ms over %d%n",
                Figures.ms(p.p50()), Figures.ms(p.max()), starts));
        return result;
    }

    private long readyOnce(RecordingSlack slack, String url, TempDir home) throws InterruptedException {
        try (var bot = ChildBot.start(slack.url(), url, home.path(), READY_TIMEOUT)) {
            return bot.readyNanos();
        }
    }

    private static long helloWorld() throws InterruptedException {
        long t0 = System.nanoTime();
        var jvm = ChildJvm.start(Hello.class.getName(), List.of(), java.util.Map.of());
        int code = jvm.await(Duration.ofMinutes(1));
        long took = System.nanoTime() - t0;
        jvm.close();
        if (code != 0) throw new IllegalStateException("hello world exited with " + code + ": " + jvm.output());
        return took;
    }

    public static Section section(Result r, int starts) {
        var hello = "hello-world JVM, start to exit: p50 " + Figures.ms(r.hello().p50()) + " ms";
        var again = r.again().map(p -> Figures.ms(p.p50()) + " ms (max " + Figures.ms(p.max()) + " ms)").orElse("not measured");
        return new Section("Start-up", List.of(
                Row.info("`run` in a child JVM, spawn → first 200 from `GET /health` (database migrated; p50 of " + starts + ")",
                        again, hello),
                Row.info("the same, first start on an empty database (applies the migrations)",
                        Figures.ms(r.firstMillis()) + " ms", hello)),
                List.of("The child runs with " + ChildJvm.FLAGS + " (the README's run command), on the bench's class path, against "
                        + "an embedded PostgreSQL already running (the bot's own embedded start is not counted); it loads "
                        + "the in-process embedding model before it answers."));
    }
}
