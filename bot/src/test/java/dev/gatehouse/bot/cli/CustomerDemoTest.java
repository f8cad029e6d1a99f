package dev.gatehouse.bot.cli;

import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.EngineConfig;
import dev.gatehouse.engine.delivery.SendOutcome;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.inbound.Escalations;
import dev.gatehouse.engine.inbound.ReplyNotifier;
import dev.gatehouse.engine.scoring.InProcessEmbedder;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerDemoTest {
    @Test
    void the_demo_prints_a_digest_with_a_declining_a_growing_and_a_renewing_customer_and_a_renewal_package(@TempDir Path out)
            throws Exception {
        TestDatabase.fresh();
        var alerts = new CustomerDemo.Alerts();
        var ports = new Engine.Ports(ReviewNotifier.NONE, ReplyNotifier.NONE, Escalations.NONE, brief -> {
        }, message -> new SendOutcome.TemporaryFailure("test"), InProcessEmbedder.loadMiniLm(), alerts);
        var printed = new ByteArrayOutputStream();
        try (var engine = Engine.open(EngineConfig.fromEnv(TestDatabase.env()), ports, Clock.systemUTC())) {
            CustomerDemo.run(engine, Clock.systemUTC().instant(), new PrintStream(printed, true, StandardCharsets.UTF_8), out, alerts);
        }
        var text = printed.toString(StandardCharsets.UTF_8);

        assertThat(text).containsPattern("at_risk +\\d+  Harborline").containsPattern("healthy +\\d+  Quayside Logistics")
                .contains("renews: Fjord Cargo").contains("escalation: Harborline — cancellation")
                .contains("Renewal package for Fjord Cargo").contains("Decision-maker map")
                .contains("Eva Lund, COO — economic buyer");
        assertThat(text).contains("usage:").contains("customer:");
        assertThat(Files.readString(out.resolve("renewal-package.json"))).contains("Renewal package: Fjord Cargo");
        assertThat(Files.readString(out.resolve("customer-digest.json"))).contains("Customer health, week of");
        assertThat(text).contains("Usage anomaly for the CSM (internal): Harborline · weekly_active_users drop");
        for (var png : new String[]{"anomaly-harborline.example-weekly_active_users.png", "customer-health.png", "renewal-usage.png"}) {
            assertThat(text).contains("Chart: " + out.resolve(png));
            assertThat(ImageIO.read(out.resolve(png).toFile())).as(png).isNotNull();
        }
        System.out.println(text);
    }
}
