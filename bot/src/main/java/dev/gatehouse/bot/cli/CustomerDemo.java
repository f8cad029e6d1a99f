package dev.gatehouse.bot.cli;

import com.slack.api.util.json.GsonFactory;
import dev.gatehouse.bot.render.CustomerDigestRenderer;
import dev.gatehouse.bot.render.CustomerPackageRenderer;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.customers.HealthBand;
import dev.gatehouse.engine.customers.HealthDigest;
import dev.gatehouse.engine.customers.RenewalPackage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The demo after the sale: three sample customers in, then the CSM's health digest and a renewal package printed. */
final class CustomerDemo {
    private CustomerDemo() {
    }

    static void run(Engine engine, Instant now, PrintStream out, Path outDir) throws IOException {
        var customers = engine.customers();
        customers.ingest(SampleCustomers.inputs(now));
        out.println("After the sale: 3 customers with " + SampleCustomers.WEEKS + " weeks of usage each.\n");
        var digest = customers.digest(SampleCustomers.CSM);
        out.print(print(digest));
        var digestFile = outDir.resolve("customer-digest.json");
        Files.writeString(digestFile, GsonFactory.createSnakeCase().toJson(new CustomerDigestRenderer().render(digest).blocks()));
        out.println("  Block Kit JSON: " + digestFile + "\n");
        var renewal = customers.renewalPackage(SampleCustomers.RENEWING).orElseThrow();
        out.print(print(renewal));
        var packageFile = outDir.resolve("renewal-package.json");
        Files.writeString(packageFile, GsonFactory.createSnakeCase().toJson(new CustomerPackageRenderer().render(renewal).blocks()));
        out.println("  Block Kit JSON: " + packageFile + "\n");
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
