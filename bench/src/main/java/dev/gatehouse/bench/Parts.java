package dev.gatehouse.bench;

import dev.gatehouse.bench.ack.AckBenchmark;
import dev.gatehouse.bench.eval.DevSetTiming;
import dev.gatehouse.bench.customers.HealthBenchmark;
import dev.gatehouse.bench.flow.FlowBenchmark;
import dev.gatehouse.bench.ingest.IngestBenchmark;
import dev.gatehouse.bench.memory.MemoryBenchmark;
import dev.gatehouse.bench.plan.PlanBenchmark;
import dev.gatehouse.bench.replies.TriageBenchmark;
import dev.gatehouse.bench.report.Row;
import dev.gatehouse.bench.report.Section;
import dev.gatehouse.bench.scoring.IncrementalScoringBenchmark;
import dev.gatehouse.bench.scoring.ScoringBenchmark;
import dev.gatehouse.bench.startup.StartupBenchmark;
import dev.gatehouse.bench.support.BenchDatabase;
import dev.gatehouse.bench.verify.VerifierBenchmark;
import dev.gatehouse.bench.verify.VerifierEvaluation;
import dev.gatehouse.engine.replies.OfflineTriage;
import dev.gatehouse.engine.scoring.InProcessEmbedder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every benchmark by name, each printing as it goes and returning its part of the report. One
 * embedded PostgreSQL serves all of them (a fresh database each), started when first needed.
 */
final class Parts implements AutoCloseable {
    static final List<String> NAMES = List.of("verify", "triage", "score", "ingest", "plan", "ack", "flow", "startup",
            "memory", "health");
    private static final java.util.Map<String, String> TITLES = java.util.Map.of("verify", "Draft verification", "triage",
            "Reply triage", "score", "Scoring", "ingest", "Signal ingestion", "plan", "Daily plan", "ack", "Slack acknowledgement", "flow",
            "The human gate, end to end", "startup", "Start-up", "memory", "Memory", "health", "Customer health");

    private final Sizes sizes;
    private final PrintStream out;
    private final Optional<Path> devSets;
    private BenchDatabase database;

    Parts(Sizes sizes, PrintStream out, Optional<Path> devSets) {
        this.sizes = sizes;
        this.out = out;
        this.devSets = devSets;
    }

    /** The heading of a benchmark's section in the report. */
    static String title(String name) {
        return TITLES.getOrDefault(name, name);
    }

    Section run(String name) throws Exception {
        return switch (name) {
            case "verify" -> verify();
            case "triage" -> triage();
            case "score" -> ScoringBenchmark.section(
                    new ScoringBenchmark(sizes.scoreAccounts(), sizes.semanticAccounts(), 42).run(out),
                    new IncrementalScoringBenchmark(database(), sizes.incrementalSignals(), sizes.incrementalWarmUp(),
                            sizes.incrementalSamples()).run(out));
            case "ingest" -> IngestBenchmark.section(new IngestBenchmark(database(), sizes.ingestRows()).run(out));
            case "plan" -> PlanBenchmark.section(new PlanBenchmark(database(), sizes.planAccounts()).run(out));
            case "ack" -> ack();
            case "flow" -> FlowBenchmark.section(new FlowBenchmark(database(), sizes.flowWarmUp(), sizes.flowSamples(),
                    sizes.botSettings()).run(out));
            case "startup" -> StartupBenchmark.section(new StartupBenchmark(database(), sizes.starts()).run(out), sizes.starts());
            case "memory" -> MemoryBenchmark.section(new MemoryBenchmark(database(), sizes.memoryAccounts(), sizes.memorySignals(),
                    sizes.memoryPass(), sizes.footprints(), sizes.botSettings()).run(out));
            case "health" -> HealthBenchmark.section(new HealthBenchmark(database(), sizes.healthCustomers()).run(out));
            default -> throw new IllegalArgumentException("no benchmark named " + name);
        };
    }

    private Section verify() {
        var drafts = new VerifierBenchmark(sizes.verifyDrafts(), sizes.quick() ? 2 : 15, sizes.quick() ? 1 : 5).run(out);
        var rows = new ArrayList<Row>(List.of(VerifierBenchmark.row(drafts)));
        devSets.ifPresent(dir -> VerifierEvaluation.sets(dir).forEach(set -> rows.add(VerifierEvaluation.row(new VerifierEvaluation().run(set, out)))));
        return new Section(title("verify"), rows, List.of("Drafts generated in the run: a mix of grounded and "
                + "unsupported claims (customers, numbers, certifications, prior calls, guarantees)."));
    }

    private Section triage() {
        var triage = new OfflineTriage(InProcessEmbedder.loadMiniLm());
        var rows = new ArrayList<Row>(List.of(TriageBenchmark.row(TriageBenchmark.offline(triage, sizes.triageReplies()).run(out))));
        devSets.ifPresent(dir -> VerifierEvaluation.sets(dir, "replies")
                .forEach(set -> add(rows, DevSetTiming.row("triage", DevSetTiming.triage(set, triage)))));
        return new Section(title("triage"), rows, List.of("Offline triage: the rules, then the in-process embedding model "
                + "against the bundled exemplars; after a warm-up of 50 replies."));
    }

    /** A row the benchmark did not print itself: printed here, then kept. */
    private void add(List<Row> rows, Row row) {
        out.println(row.measure() + ": " + row.result() + "; baseline " + row.baseline());
        rows.add(row);
    }

    /** The ack benchmark prints only; its lines are kept and read back into the report. */
    private Section ack() {
        var printed = new ByteArrayOutputStream();
        var both = new PrintStream(new TeeStream(out, printed), true, StandardCharsets.UTF_8);
        new AckBenchmark(sizes.acks()).run(both);
        both.flush();
        return AckSection.of(printed.toString(StandardCharsets.UTF_8), sizes.acks());
    }

    private BenchDatabase database() {
        if (database == null) database = new BenchDatabase();
        return database;
    }

    @Override
    public void close() {
        if (database != null) database.close();
    }

    /** Writes to the console and keeps a copy. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
            second.flush();
        }
    }
}
