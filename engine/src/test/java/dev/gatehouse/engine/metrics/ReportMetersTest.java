package dev.gatehouse.engine.metrics;

import dev.gatehouse.engine.report.Comparison;
import dev.gatehouse.engine.report.Cost;
import dev.gatehouse.engine.report.Funnel;
import dev.gatehouse.engine.report.FunnelRow;
import dev.gatehouse.engine.report.GateNumbers;
import dev.gatehouse.engine.report.SampledReviews;
import dev.gatehouse.engine.report.Spend;
import dev.gatehouse.engine.report.WeeklyReport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ReportMetersTest {
    private static WeeklyReport week(int delivered, int replied) {
        var rows = new java.util.ArrayList<FunnelRow>();
        for (int i = 0; i < delivered; i++) {
            rows.add(new FunnelRow(i, i, "U1", "saas", Instant.EPOCH, "offline", 70, null, FunnelRow.Approval.PERSON,
                    true, false, i < replied, false, false, false, false, null));
        }
        var spend = new Spend(1, 100, new BigDecimal("2.00"), delivered, delivered, replied, 0, 0);
        return new WeeklyReport(LocalDate.parse("2026-11-23"), Instant.EPOCH, Instant.EPOCH, 0, 0, Funnel.of("all", rows),
                List.of(), List.of(), GateNumbers.of(List.of(), List.of(), new SampledReviews(10, 4, 3, 1), Instant.EPOCH),
                new Cost(spend, BigDecimal.ZERO), Comparison.of("w", rows, FunnelRow::writer, List.of()),
                Comparison.of("b", rows, r -> "x", List.of()), Optional.empty());
    }

    @Test
    void a_scrape_reads_the_last_report_and_never_rebuilds_it() {
        var builds = new AtomicInteger();
        var registry = new SimpleMeterRegistry();
        try (var meters = new ReportMeters(() -> {
            builds.incrementAndGet();
            return week(4, 1);
        }, registry, Duration.ofHours(1)).start()) {
            for (int i = 0; i < 5; i++) {
                assertThat(registry.get("gatehouse.funnel.week").tag("step", "delivered").gauge().value()).isEqualTo(4);
            }
            assertThat(registry.get("gatehouse.funnel.rate").tag("rate", "reply").tag("per", "delivered_first_emails")
                    .gauge().value()).isEqualTo(0.25);
            assertThat(registry.get("gatehouse.cost.per.usd").tag("per", "touch_sent").gauge().value()).isEqualTo(0.5);
            assertThat(registry.get("gatehouse.cost.per.usd").tag("per", "qualified_opportunity").gauge().value()).isNaN();
            assertThat(registry.get("gatehouse.supervised.samples.week").tag("step", "sampled").gauge().value()).isEqualTo(4);
            assertThat(registry.get("gatehouse.supervised.flag.rate").tag("per", "reviewed_samples").gauge().value())
                    .isEqualTo(1.0 / 3);
            assertThat(builds.get()).isEqualTo(1);
        }
    }

    @Test
    void an_empty_week_gives_nan_rates_not_an_error() {
        var registry = new SimpleMeterRegistry();
        try (var meters = new ReportMeters(() -> week(0, 0), registry, Duration.ofHours(1)).start()) {
            assertThat(registry.get("gatehouse.funnel.rate").tag("rate", "reply").gauge().value()).isNaN();
            assertThat(registry.get("gatehouse.funnel.week").tag("step", "drafted").gauge().value()).isZero();
        }
    }
}
