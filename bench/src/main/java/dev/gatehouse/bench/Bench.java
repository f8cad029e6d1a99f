package dev.gatehouse.bench;

import dev.gatehouse.bench.ack.AckBenchmark;
import dev.gatehouse.bench.ingest.IngestBenchmark;
import dev.gatehouse.bench.replies.TriageBenchmark;
import dev.gatehouse.bench.scoring.ScoringBenchmark;
import dev.gatehouse.bench.verify.VerifierBenchmark;
import dev.gatehouse.engine.replies.OfflineTriage;
import dev.gatehouse.engine.scoring.InProcessEmbedder;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar gatehouse-bench.jar [verify|triage|score|ingest|ack]...}: speed targets live
 * here as printed numbers, each against a baseline measured in the same run, never as timed tests.
 */
public final class Bench {
    private static final List<String> ALL = List.of("verify", "triage", "score", "ingest", "ack");

    private final Map<String, String> env;
    private final PrintStream out;

    public Bench(Map<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
    }

    public static void main(String[] args) {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
        System.exit(new Bench(System.getenv(), System.out).run(args));
    }

    public int run(String[] args) {
        var chosen = args.length == 0 ? Set.copyOf(ALL) : Set.of(args);
        for (var name : chosen) {
            if (!ALL.contains(name)) {
                out.println("Unknown benchmark '" + name + "'; choose from " + ALL);
                return 2;
            }
        }
        for (var name : ALL) {
            if (!chosen.contains(name)) continue;
            out.println("== " + name);
            switch (name) {
                case "verify" -> new VerifierBenchmark().run(out);
                case "triage" -> TriageBenchmark.offline(new OfflineTriage(InProcessEmbedder.loadMiniLm()), 300).run(out);
                case "score" -> new ScoringBenchmark(intEnv("GATEHOUSE_BENCH_ACCOUNTS", 1_000_000), 200, 42).run(out);
                case "ingest" -> new IngestBenchmark(intEnv("GATEHOUSE_BENCH_SIGNALS", 100_000)).run(out);
                case "ack" -> new AckBenchmark(intEnv("GATEHOUSE_BENCH_ACKS", 20_000)).run(out);
                default -> throw new IllegalStateException(name);
            }
            out.println();
        }
        return 0;
    }

    private int intEnv(String key, int fallback) {
        try {
            return Integer.parseInt(env.getOrDefault(key, Integer.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
