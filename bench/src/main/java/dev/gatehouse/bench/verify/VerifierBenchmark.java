package dev.gatehouse.bench.verify;

import dev.gatehouse.bench.report.Figures;
import dev.gatehouse.bench.report.Row;
import dev.gatehouse.bench.report.Verdict;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.verify.Grounds;
import dev.gatehouse.engine.verify.Verifier;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Offer;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Measures verify time per draft on a few hundred generated drafts, next to a baseline that only
 * splits each draft into sentences and lower-cases it. Target: 5 ms per draft.
 */
public final class VerifierBenchmark {
    public static final double TARGET_MILLIS = 5.0;
    private final int drafts;
    private final int warmupRounds;
    private final int measuredRounds;

    public VerifierBenchmark() {
        this(400, 15, 5);
    }

    public VerifierBenchmark(int drafts, int warmupRounds, int measuredRounds) {
        this.drafts = drafts;
        this.warmupRounds = warmupRounds;
        this.measuredRounds = measuredRounds;
    }

    private record Case(Draft draft, Grounds grounds) {
    }

    /** Milliseconds per draft: the verifier's mean, p50 and p99, and the baseline's mean. */
    public record Result(int drafts, double mean, double p50, double p99, double baselineMean) {
    }

    public Result run(PrintStream out) {
        var cases = cases();
        var verifier = new Verifier();
        Consumer<Case> verify = c -> verifier.verify(c.draft(), c.grounds());
        Consumer<Case> baseline = c -> Arrays.stream(c.draft().body().split("(?<=[.!?])\\s+"))
                .map(s -> s.toLowerCase(Locale.ROOT)).forEach(s -> { });
        for (int i = 0; i < warmupRounds; i++) {
            cases.forEach(verify);
            cases.forEach(baseline);
        }
        var verifyTimes = measure(cases, verify);
        var baselineTimes = measure(cases, baseline);
        out.printf(Locale.ROOT, "verifier benchmark: %d drafts x %d rounds after %d warm-up rounds%n",
                cases.size(), measuredRounds, warmupRounds);
        print(out, "baseline (split + lower-case)", baselineTimes);
        print(out, "verify", verifyTimes);
        double mean = Arrays.stream(verifyTimes).average().orElse(0);
        out.printf(Locale.ROOT, "target: <= 5.000 ms per draft: %s%n", mean <= TARGET_MILLIS ? "met (mean)" : "MISSED (mean)");
        return new Result(cases.size(), mean, percentile(verifyTimes, 0.5), percentile(verifyTimes, 0.99),
                Arrays.stream(baselineTimes).average().orElse(0));
    }

    public static Row row(Result r) {
        return new Row("verify one draft offline (" + r.drafts() + " generated drafts)", "mean " + Figures.ms(r.mean()) + " ms, p50 "
                + Figures.ms(r.p50()) + " ms, p99 " + Figures.ms(r.p99()) + " ms",
                "split into sentences + lower-case: mean " + Figures.ms(r.baselineMean()) + " ms", "mean ≤ 5 ms",
                Verdict.of(r.mean() <= TARGET_MILLIS));
    }

    private double[] measure(List<Case> cases, Consumer<Case> work) {
        var times = new double[cases.size() * measuredRounds];
        int i = 0;
        for (int round = 0; round < measuredRounds; round++) {
            for (var c : cases) {
                long start = System.nanoTime();
                work.accept(c);
                times[i++] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        return times;
    }

    private static void print(PrintStream out, String label, double[] sorted) {
        out.printf(Locale.ROOT, "%-30s mean %.3f ms  p50 %.3f ms  p99 %.3f ms%n",
                label, Arrays.stream(sorted).average().orElse(0), percentile(sorted, 0.5), percentile(sorted, 0.99));
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private List<Case> cases() {
        var companies = List.of("Northwind Traders", "Bluefin Logistics", "Copperleaf Dental", "Granite Ridge Bank",
                "Juniper Apparel", "Meadowlark Farms", "Oakline Studios", "Quarry Hill Brewing");
        var words = List.of("two", "three", "four", "5", "six");
        List<java.util.function.BiFunction<Integer, String, String>> sentences = List.of(
                (n, company) -> "Congrats on the $" + (10 + n % 30) + "M Series B.",
                (n, company) -> "Saw " + company + " is hiring a Controller and " + words.get(n % words.size()) + " staff accountants.",
                (n, company) -> "Brightwater Co closes its books " + (2 + n % 5) + " days faster with Tallyport.",
                (n, company) -> "Companies like Redwood Outfitters use Tallyport to cut audit prep by " + (n % 60) + "%.",
                (n, company) -> "As we discussed on our call, Tallyport is SOC 2 Type II certified.",
                (n, company) -> "Tallyport automates reconciliation across bank feeds, card programs and the ERP.",
                (n, company) -> "Month-end usually gets busier after a raise, and manual matching eats the last week of the month.",
                (n, company) -> "We guarantee a clean close in " + words.get(n % words.size()) + " weeks.",
                (n, company) -> "Worth a 15-minute look next Tuesday?");
        var out = new ArrayList<Case>();
        for (int i = 0; i < drafts; i++) {
            var company = companies.get(i % companies.size());
            var offer = new Offer("Tallyport", "Tallyport automates reconciliation across bank feeds, card programs and the ERP.",
                    List.of("Brightwater Co closes its books 4 days faster with Tallyport", "Native NetSuite and Xero integrations"),
                    List.of("Brightwater Co"), "Robin", "Account Executive");
            var signals = List.of(
                    new Signal(1, i, null, SignalKind.FUNDING, company + " raised a $" + (10 + i % 30) + "M Series B on 2026-0"
                            + (1 + i % 9) + "-1" + (i % 10), "https://news.example.org/" + i, Instant.EPOCH),
                    new Signal(2, i, null, SignalKind.HIRING, company + " is hiring a Controller and two staff accountants",
                            "https://jobs.example.org/" + i, Instant.EPOCH));
            var body = new StringBuilder("Hi Sam,\n\n");
            for (int k = 0; k < 4 + i % 4; k++) {
                body.append(sentences.get((i + k * 4) % sentences.size()).apply(i + k, company)).append(' ');
            }
            body.append("\n\nRobin");
            var draft = new Draft("Month-end at " + company, body.toString(), List.of(1L, 2L), "benchmark", null);
            out.add(new Case(draft, new Grounds(offer, signals, List.of(company, "Sam", "Robin", "Tallyport"), i % 3)));
        }
        return out;
    }
}
