package dev.gatehouse.bench;

import dev.gatehouse.bench.report.Figures;
import dev.gatehouse.bench.report.Row;
import dev.gatehouse.bench.report.Section;
import dev.gatehouse.bench.report.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The ack benchmark's printed figures as a report section. {@code AckBenchmark} prints, in order,
 * the bare endpoint's and the bot's latencies in bursts, then both at saturation; a report that
 * cannot read them says so and keeps the printed text.
 */
final class AckSection {
    static final double TARGET_P99_MILLIS = 50;
    static final double TARGET_RATIO = 1.5;
    private static final Pattern LATENCIES = Pattern.compile("p50 ([0-9.]+) ms, p99 ([0-9.]+) ms, max ([0-9.]+) ms");
    private static final Pattern FAILURES = Pattern.compile("non-200: (\\d+)");

    private AckSection() {
    }

    private record Latency(double p50, double p99) {
        String text() {
            return "p50 " + Figures.ms(p50) + " ms, p99 " + Figures.ms(p99) + " ms";
        }
    }

    static Section of(String printed, int requests) {
        var latencies = new ArrayList<Latency>();
        var matcher = LATENCIES.matcher(printed);
        while (matcher.find()) latencies.add(new Latency(Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2))));
        var failures = FAILURES.matcher(printed).results().mapToInt(m -> Integer.parseInt(m.group(1))).sum();
        if (latencies.size() != 4) {
            return new Section("Slack acknowledgement", List.of(Row.info("ack benchmark", "figures not recognised", "")),
                    printed.lines().map(l -> "`" + l.strip() + "`").toList());
        }
        var bareBursts = latencies.get(0);
        var botBursts = latencies.get(1);
        var bareLoop = latencies.get(2);
        var botLoop = latencies.get(3);
        double burstRatio = botBursts.p99() / bareBursts.p99();
        boolean met = botBursts.p99() <= TARGET_P99_MILLIS && burstRatio <= TARGET_RATIO && failures == 0;
        return new Section("Slack acknowledgement", List.of(
                new Row("signed `block_actions` clicks in bursts of 200 concurrent, bot and bare endpoint taking turns",
                        botBursts.text() + " (" + Figures.times(burstRatio) + " bare at p99)",
                        "bare Javalin + signature check: " + bareBursts.text(), "p99 ≤ 50 ms and ≤ 1.5× bare",
                        Verdict.of(met)),
                Row.info("saturation: 200 connections, each sending its next click as soon as the last is acked",
                        botLoop.text() + " (" + Figures.times(botLoop.p99() / bareLoop.p99()) + " bare at p99)",
                        "bare Javalin + signature check: " + bareLoop.text())),
                List.of(Figures.count(requests) + " clicks per measurement after a warm-up, each acked, then answered after the "
                        + "ack (a database lookup and a Web API call); load generator in the same process; " + failures
                        + " answers other than 200."));
    }
}
