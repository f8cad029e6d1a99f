package dev.gatehouse.bot.render;

import dev.gatehouse.engine.customers.Anomaly;
import dev.gatehouse.engine.customers.AnomalyDirection;
import dev.gatehouse.engine.customers.Customer;
import dev.gatehouse.engine.customers.CustomerFacts.UsageWeek;
import dev.gatehouse.engine.customers.CustomerNotifier;
import dev.gatehouse.engine.customers.Health;
import dev.gatehouse.engine.customers.HealthDigest;
import dev.gatehouse.engine.customers.RenewalPackage;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The after-the-sale charts are real PNGs of a fixed size, drawn from the data they are given (written to target/ to look at). */
class CustomerChartsTest {
    private static final LocalDate WEEK = LocalDate.of(2026, 11, 30);

    private static Customer customer(long id, String name) {
        return new Customer(id, name.toLowerCase().replace(' ', '-') + ".example", name, new BigDecimal("36000"), "annual", 40,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 24), "U0CSM0001");
    }

    private static List<UsageWeek> weeks(int count, java.util.function.IntToDoubleFunction value) {
        var out = new ArrayList<UsageWeek>();
        for (int i = 0; i < count; i++) out.add(new UsageWeek(100 + i, "key_feature_events", WEEK.minusWeeks(count - 1 - i), value.applyAsDouble(i)));
        return out;
    }

    @Test
    void an_anomaly_chart_shows_the_recent_weeks_up_to_the_flagged_one() throws IOException {
        var series = weeks(16, i -> i == 15 ? 95 : 40 + (i % 3));
        var anomaly = new Anomaly(7, 1, "key_feature_events", AnomalyDirection.SPIKE, WEEK, WEEK, 1, 95, 41, 1, null);

        var alert = new CustomerNotifier.AnomalyAlert(anomaly, customer(1, "Quayside Logistics"), series);
        var png = AnomalyChart.png(alert);

        assertImage(png, "anomaly", AnomalyChart.WIDTH, AnomalyChart.HEIGHT);
        assertThat(AnomalyChart.shown(alert)).hasSize(12).last().extracting(UsageWeek::value).isEqualTo(95.0);
    }

    @Test
    void a_digest_chart_draws_bands_and_movers_and_an_empty_week_too() throws IOException {
        var harbor = customer(1, "Harborline");
        var quay = customer(2, "Quayside Logistics");
        var fjord = customer(3, "Fjord Cargo");
        var entries = List.of(new HealthDigest.Entry(harbor, health(1, 31)), new HealthDigest.Entry(quay, health(2, 88)),
                new HealthDigest.Entry(fjord, health(3, 64)));
        var movers = List.of(new HealthDigest.Mover(harbor, 55, health(1, 31), List.of("usage down")),
                new HealthDigest.Mover(quay, 79, health(2, 88), List.of("seats up")));

        assertImage(HealthDigestChart.png(new HealthDigest("U0CSM0001", WEEK, entries, movers, List.of(), List.of())), "digest",
                HealthDigestChart.WIDTH, HealthDigestChart.HEIGHT);
        assertImage(HealthDigestChart.png(new HealthDigest("U0CSM0001", WEEK, List.of(), List.of(), List.of(), List.of())),
                "digest-empty", HealthDigestChart.WIDTH, HealthDigestChart.HEIGHT);
    }

    @Test
    void the_usage_trend_draws_the_package_s_own_usage_rows_the_last_26_weeks() throws IOException {
        var usage = weeks(30, i -> 20 + i * 0.8 + (i % 4));
        var renewal = new RenewalPackage(customer(3, "Fjord Cargo"), WEEK, List.of(), usage);

        assertImage(UsageTrendChart.png(renewal).orElseThrow(), "usage-trend", UsageTrendChart.WIDTH, UsageTrendChart.HEIGHT);
        assertThat(UsageTrendChart.shown(renewal)).isEqualTo(usage.subList(4, 30));
        assertThat(UsageTrendChart.png(new RenewalPackage(customer(3, "Fjord Cargo"), WEEK, List.of(), List.of()))).isEmpty();
    }

    private static Health health(long account, int score) {
        return new Health(account, WEEK, score, Health.band(score), List.of());
    }

    private static void assertImage(byte[] png, String name, int width, int height) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/chart-" + name + ".png"), png);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }
}
