package dev.gatehouse.bench;

import dev.gatehouse.bench.report.Machine;
import dev.gatehouse.bench.report.ReportWriter;
import dev.gatehouse.bench.report.Section;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar gatehouse-bench.jar all|<benchmark>... [--quick] [--out PATH] [--eval DIR]}:
 * speed targets live here as numbers printed beside a baseline measured in the same run, never as
 * timed tests; {@code all} also writes them to {@code BENCHMARKS.md}.
 */
public final class Bench {
    static final String USAGE = """
            Usage: java -jar bench/target/gatehouse-bench.jar <command> [options]

              all            run every benchmark and write the report (alias: report)
              verify         verifier time per draft           triage    triage time per reply
              score          full and incremental re-scoring   ingest    bulk signal ingestion vs COPY
              plan           plan a day + claim its budget from 100,000 scored accounts vs ORDER BY score LIMIT n
              ack            Slack ack latency, bursts and saturation
              flow           signal -> review posted; approve -> SMTP accepted -> message updated
              startup        start-up time to ready (child JVM)
              memory         peak RSS with 100,000 accounts and 1,000,000 signals (child JVM)
              health         customer health for 10,000 customers x 52 weeks vs an aggregate query
              (several benchmark names may be given; each prints its figures)

            Options:
              --quick        small sizes and a 200 ms job poll: checks the whole harness end to end
              --out PATH     where `all` writes the report (default: BENCHMARKS.md here)
              --eval DIR     also time triage per item over every DIR/replies*.jsonl, and evaluate
                             the verifier on every DIR/verify*.jsonl (labelled JSON Lines: the team's
                             dev sets, or this repo's eval/ with verify-bound.jsonl)
            Full sizes can be changed with GATEHOUSE_BENCH_ACCOUNTS, GATEHOUSE_BENCH_SIGNALS,
            GATEHOUSE_BENCH_ACKS, GATEHOUSE_BENCH_FLOW_SAMPLES, GATEHOUSE_BENCH_PLAN_ACCOUNTS and
            GATEHOUSE_BENCH_CUSTOMERS (health).
            """;

    private final Map<String, String> env;
    private final PrintStream out;

    public Bench(Map<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
    }

    public static void main(String[] args) {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
        Locale.setDefault(Locale.ROOT);
        System.exit(new Bench(System.getenv(), System.out).run(args));
    }

    /** What was asked for on the command line. */
    record Options(List<String> names, boolean report, boolean quick, Path out, Optional<Path> devSets) {
    }

    public int run(String[] args) {
        if (args.length == 1 && List.of("help", "--help", "-h").contains(args[0])) {
            out.print(USAGE);
            return 0;
        }
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.print(USAGE);
            return 2;
        }
        var sizes = options.quick() ? Sizes.small() : Sizes.published(env);
        var machine = Machine.probe(Instant.now());
        var sections = new ArrayList<Section>();
        int failed = 0;
        try (var parts = new Parts(sizes, out, options.devSets())) {
            for (var name : options.names()) {
                out.println("== " + name);
                long t0 = System.nanoTime();
                long cpu0 = processCpuNanos();
                try {
                    sections.add(parts.run(name));
                } catch (Exception e) {
                    failed++;
                    out.println(name + " failed: " + e);
                    e.printStackTrace(out);
                    sections.add(Section.failed(Parts.title(name), e));
                }
                out.printf("-- %s took %.1f s (this process's CPU %.1f s)%n%n", name, (System.nanoTime() - t0) / 1e9,
                        (processCpuNanos() - cpu0) / 1e9);
            }
        }
        if (options.report()) {
            var command = "gatehouse-bench all" + (options.quick() ? " --quick" : "");
            var remarks = options.quick() ? List.of("--quick: small sizes and a 200 ms job poll, to check the harness end to end; "
                    + "these figures are not the project's.") : List.<String>of();
            var text = ReportWriter.render(machine.finished(Instant.now()), command, remarks, sections);
            try {
                Files.writeString(options.out(), text);
            } catch (IOException e) {
                out.println("could not write " + options.out() + ": " + e.getMessage());
                return 1;
            }
            out.println("wrote " + options.out().toAbsolutePath());
        }
        return failed == 0 ? 0 : 1;
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    static Options parse(String[] args) {
        if (args.length == 0) throw new IllegalArgumentException("Name a benchmark, or `all`.");
        var names = new ArrayList<String>();
        boolean report = false, quick = false;
        Path out = Path.of("BENCHMARKS.md");
        Optional<Path> devSets = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "all", "report" -> report = true;
                case "--quick" -> quick = true;
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "--eval" -> devSets = Optional.of(Path.of(value(args, ++i, "--eval")));
                default -> {
                    if (!Parts.NAMES.contains(args[i])) throw new IllegalArgumentException("Unknown benchmark or option '" + args[i] + "'.");
                    names.add(args[i]);
                }
            }
        }
        if (report && !names.isEmpty()) throw new IllegalArgumentException("`all` runs every benchmark; name none beside it.");
        if (!report && names.isEmpty()) throw new IllegalArgumentException("Name a benchmark, or `all`.");
        return new Options(report ? Parts.NAMES : List.copyOf(names), report, quick, out, devSets);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value.");
        return args[i];
    }
}
