package dev.gatehouse.bot.cli;

import com.slack.api.util.json.GsonFactory;
import dev.gatehouse.bot.render.AnomalyChart;
import dev.gatehouse.bot.render.CustomerDigestRenderer;
import dev.gatehouse.bot.render.CustomerPackageRenderer;
import dev.gatehouse.bot.render.HealthDigestChart;
import dev.gatehouse.bot.render.UsageTrendChart;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.customers.CustomerInput;
import dev.gatehouse.engine.customers.CustomerNotifier;
import dev.gatehouse.engine.customers.HealthBand;
import dev.gatehouse.engine.customers.HealthDigest;
import dev.gatehouse.engine.customers.Robust;
import dev.gatehouse.engine.customers.RenewalPackage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The demo after the sale: three sample customers in (the declining one's usage drop raises an
 * anomaly alert), then the CSM's health digest and a renewal package printed; each one's chart is
 * written next to them as a PNG.
 */
final class CustomerDemo {
    private CustomerDemo() {
    }

    /** Keeps the anomaly alerts the engine raises (the demo posts nothing); everything else is dropped. */
    static final class Alerts implements CustomerNotifier {
        private final List<AnomalyAlert> anomalies = new CopyOnWriteArrayList<>();

        public Optional<Posted> anomaly(AnomalyAlert alert) {
            anomalies.add(alert);
            return Optional.empty();
        }

        public void escalation(EscalationAlert alert, boolean toManagers) {
        }

        public void digest(HealthDigest digest) {
        }

        public void renewalPackage(RenewalPackage renewal) {
        }
    }

    static void run(Engine engine, Instant now, PrintStream out, Path outDir, Alerts alerts) throws IOException {
        var customers = engine.customers();
        // usage arrives as a live feed would send it: the history up to four weeks ago at once, then week by week
        var inputs = SampleCustomers.inputs(now);
        var lastWeeks = inputs.stream().filter(i -> i instanceof CustomerInput.Usage u
                && u.weekStart().isAfter(now.atOffset(ZoneOffset.UTC).toLocalDate().minusWeeks(4))).toList();
        customers.ingest(inputs.stream().filter(i -> !lastWeeks.contains(i)).toList());
        lastWeeks.stream().collect(Collectors.groupingBy(i -> ((CustomerInput.Usage) i).weekStart(), TreeMap::new, Collectors.toList()))
                .values().forEach(customers::ingest);
        out.println("After the sale: 3 customers with " + SampleCustomers.WEEKS + " weeks of usage each.\n");
        for (var alert : alerts.anomalies) {
            var a = alert.anomaly();
            out.println("Usage anomaly for the CSM (internal): " + alert.customer().name() + " · " + a.metric() + " "
                    + a.direction().wire() + ", " + Robust.number(a.value()) + " in the week of " + a.firstWeek()
                    + " against a median of " + Robust.number(a.median()) + " (MAD " + Robust.number(a.mad()) + ")");
            var file = outDir.resolve("anomaly-" + alert.customer().domain() + "-" + a.metric() + ".png");
            out.println("  Chart: " + chart(file, AnomalyChart.png(alert)) + "\n");
        }
        var digest = customers.digest(SampleCustomers.CSM);
        out.print(print(digest));
        var digestFile = outDir.resolve("customer-digest.json");
        Files.writeString(digestFile, GsonFactory.createSnakeCase().toJson(new CustomerDigestRenderer().render(digest).blocks()));
        out.println("  Block Kit JSON: " + digestFile);
        out.println("  Chart: " + chart(outDir.resolve("customer-health.png"), HealthDigestChart.png(digest)) + "\n");
        var renewal = customers.renewalPackage(SampleCustomers.RENEWING).orElseThrow();
        out.print(print(renewal));
        var packageFile = outDir.resolve("renewal-package.json");
        Files.writeString(packageFile, GsonFactory.createSnakeCase().toJson(new CustomerPackageRenderer().render(renewal).blocks()));
        out.println("  Block Kit JSON: " + packageFile);
        var usage = UsageTrendChart.png(renewal);
        if (usage.isPresent()) out.println("  Chart: " + chart(outDir.resolve("renewal-usage.png"), usage.get()));
        out.println();
    }

    private static Path chart(Path file, byte[] png) throws IOException {
        Files.write(file, png);
        return file;
    }

    static String print(HealthDigest digest) {
        var text = new StringBuilder("Weekly health digest for " + digest.csmSlackId() + ", week of " + digest.week() + "\n");
        for (var band : HealthBand.values()) {
            digest.inBand(band).forEach(e -> text.append("  ").append(String.format("%-8s", band.wire())).append(' ')
                    .append(String.format("%3d", e.health().score())).append("  ").append(e.customer().name()).append('\n'));
        }
        digest.movers().forEach(m -> text.append("  moved: ").append(m.customer().name()).append(' ').append(m.before())
                .append(" → ").append(m.health().score()).append(": ").append(String.join("; ", m.why())).append('\n'));
        digest.renewals().forEach(e -> text.append("  renews: ").append(e.customer().name()).append(" on ")
                .append(e.customer().renewalDate()).append('\n'));
        digest.escalations().forEach(o -> text.append("  escalation: ").append(o.customer().name()).append(" — ")
                .append(o.escalation().category().wire()).append(" (").append(o.escalation().source()).append(")\n"));
        return text.toString();
    }

    static String print(RenewalPackage renewal) {
        var text = new StringBuilder("Renewal package for " + renewal.customer().name() + " (renews "
                + renewal.customer().renewalDate() + ")\n");
        for (var section : renewal.sections()) {
            text.append("  ").append(section.title()).append('\n');
            section.statements().forEach(s -> text.append("    • ").append(s.text()).append("  [")
                    .append(s.sources().size() > 4 ? s.sources().subList(0, 4) + " +" + (s.sources().size() - 4)
                            : s.sources().toString()).append("]\n"));
        }
        return text.toString();
    }
}
