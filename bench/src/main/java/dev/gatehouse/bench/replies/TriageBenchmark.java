package dev.gatehouse.bench.replies;

import dev.gatehouse.bench.report.Figures;
import dev.gatehouse.bench.report.Row;
import dev.gatehouse.bench.report.Verdict;
import dev.gatehouse.engine.replies.Exemplar;
import dev.gatehouse.engine.replies.InboundReply;
import dev.gatehouse.engine.replies.OfflineTriage;
import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.replies.ReplyTriage;
import dev.gatehouse.engine.replies.TriageResult;
import dev.gatehouse.engine.replies.TriageRules;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Milliseconds per reply for a triage against a baseline measured in the same run, over the
 * same replies, after a warm-up. The default baseline is the rule phase alone.
 */
public final class TriageBenchmark {

    public static final double TARGET_MILLIS = 20;
    private static final int WARM_UP = 50;
    private static final String[] GREETINGS = {"", "Hi,\n\n", "Hello Sam,\n\n", "Hey there -\n\n", "Morning,\n\n"};
    private static final String[] SIGN_OFFS = {"", "\n\nThanks,\nAlex", "\n\nBest regards,\nJ. Moreno\nHead of Ops",
            "\n\nSent from my phone", "\n\nCheers"};
    private static final String QUOTED = "\n\nOn Mon, Nov 2, 2026 at 9:00 AM Sam <sam@gatehouse.dev> wrote:\n"
            + "> Hi, saw your team is growing fast. Worth a short chat?\n> Sam";

    private final ReplyTriage triage;
    private final ReplyTriage baseline;
    private final List<InboundReply> replies;

    public TriageBenchmark(ReplyTriage triage, ReplyTriage baseline, List<InboundReply> replies) {
        this.triage = Objects.requireNonNull(triage, "triage");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        if (replies.isEmpty()) throw new IllegalArgumentException("no replies");
        this.replies = List.copyOf(replies);
    }

    /** Full offline triage against rules only, over {@code count} replies built from the exemplars. */
    public static TriageBenchmark offline(OfflineTriage triage, int count) {
        var rules = new TriageRules();
        ReplyTriage rulesOnly = reply -> rules.apply(reply)
                .orElseGet(() -> TriageResult.of(ReplyLabel.QUESTION, 0.0, "no rule matched"));
        return new TriageBenchmark(triage, rulesOnly, replies(count));
    }

    /** Varied replies: each exemplar text with a greeting, a sign-off and sometimes quoted history. */
    public static List<InboundReply> replies(int count) {
        var texts = Exemplar.load(Exemplar.DEFAULT_RESOURCE).stream().map(Exemplar::text).toList();
        var received = LocalDate.of(2026, 11, 20);
        var replies = new ArrayList<InboundReply>();
        for (int i = 0; i < count; i++) {
            var body = GREETINGS[i % GREETINGS.length] + texts.get(i % texts.size())
                    + SIGN_OFFS[(i / 3) % SIGN_OFFS.length] + (i % 4 == 0 ? QUOTED : "");
            replies.add(InboundReply.of("Re: quick idea #" + i, body, received));
        }
        return replies;
    }

    /** Wall-clock figures, plus process CPU per reply, which a loaded machine inflates less. */
    public record Stats(double meanMs, double p50Ms, double p99Ms, double cpuMsPerReply) {
    }

    /** The full triage's figures and the baseline's, over the same replies. */
    public record Result(int replies, Stats triage, Stats baseline) {
    }

    public Result run(PrintStream out) {
        var base = measure(baseline);
        var full = measure(triage);
        out.printf(Locale.ROOT, "replies=%d (after %d warm-up)%n", replies.size(), WARM_UP);
        out.printf(Locale.ROOT, "baseline  mean=%.3f ms p50=%.3f ms p99=%.3f ms cpu=%.3f ms/reply%n",
                base.meanMs(), base.p50Ms(), base.p99Ms(), base.cpuMsPerReply());
        out.printf(Locale.ROOT, "triage    mean=%.3f ms p50=%.3f ms p99=%.3f ms cpu=%.3f ms/reply (target <= 20 ms)%n",
                full.meanMs(), full.p50Ms(), full.p99Ms(), full.cpuMsPerReply());
        return new Result(replies.size(), full, base);
    }

    public static Row row(Result r) {
        var t = r.triage();
        return new Row("triage one reply offline (" + r.replies() + " replies built from the bundled exemplars)",
                "mean " + Figures.ms(t.meanMs()) + " ms, p50 " + Figures.ms(t.p50Ms()) + " ms, p99 " + Figures.ms(t.p99Ms())
                        + " ms (CPU " + Figures.ms(t.cpuMsPerReply()) + " ms)",
                "rules only: mean " + Figures.ms(r.baseline().meanMs()) + " ms", "mean ≤ 20 ms",
                Verdict.of(t.meanMs() <= TARGET_MILLIS));
    }

    public Stats measure(ReplyTriage subject) {
        for (int i = 0; i < WARM_UP; i++) subject.triage(replies.get(i % replies.size()));
        var nanos = new long[replies.size()];
        long cpuStart = processCpuNanos();
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            subject.triage(replies.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        double cpu = (processCpuNanos() - cpuStart) / 1e6 / nanos.length;
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        return new Stats(mean, percentile(nanos, 0.50), percentile(nanos, 0.99), cpu);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        offline(new OfflineTriage(), count).run(System.out);
    }
}
