package dev.gatehouse.engine;

import dev.gatehouse.engine.experiment.Arm;
import dev.gatehouse.engine.report.Comparison;
import dev.gatehouse.engine.report.Cost;
import dev.gatehouse.engine.report.Funnel;
import dev.gatehouse.engine.report.FunnelRow;
import dev.gatehouse.engine.report.GateNumbers;
import dev.gatehouse.engine.report.ReportSettings;
import dev.gatehouse.engine.report.WeeklyReport;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read-only: the funnel with honest denominators, the gate's numbers, cost and the experiment's
 * results for any week, from the same rows every time. Weeks run Monday to Monday in the team's
 * time zone.
 */
public final class Reports {
    private final Stores stores;
    private final ReportSettings settings;
    private final Clock clock;

    Reports(Stores stores, ReportSettings settings, Clock clock) {
        this.stores = stores;
        this.settings = settings;
        this.clock = clock;
    }

    /** The Monday that starts the week {@code day} is in. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The week now, in the team's time zone. */
    public LocalDate thisWeek() {
        return weekOf(LocalDate.ofInstant(clock.instant(), settings.teamZone()));
    }

    public ReportSettings settings() {
        return settings;
    }

    public WeeklyReport week(LocalDate anyDay) {
        var start = weekOf(anyDay);
        var from = start.atStartOfDay(settings.teamZone()).toInstant();
        var to = start.plusWeeks(1).atStartOfDay(settings.teamZone()).toInstant();
        var reports = stores.reports();
        var rows = reports.funnel(from, to);
        var minScore = stores.playbook().currentIcp().map(icp -> icp.value().minScore()).orElse(0);
        var gate = GateNumbers.of(reports.decisions(from, to), reports.waitingSince(), reports.samples(from, to),
                clock.instant());
        var cost = new Cost(reports.spend(from, to), Cost.fixedShare(fixedMonthlyCost(), 7));
        return new WeeklyReport(start, from, to, reports.signals(from, to), reports.accountsQualified(from, to, minScore),
                Funnel.of("all", rows), Funnel.by(rows, FunnelRow::owner), Funnel.by(rows, FunnelRow::segment), gate, cost,
                Comparison.of("Writers", rows, FunnelRow::writer, List.of("offline")),
                Comparison.of("ICP score bands", rows, r -> Comparison.scoreBand(r.score()), Comparison.BANDS),
                experiment());
    }

    /** The manager's fixed monthly cost (USD), else {@code GATEHOUSE_FIXED_MONTHLY_COST}. */
    private java.math.BigDecimal fixedMonthlyCost() {
        return new FixedCosts(stores, settings.fixedMonthlyCost(), clock).current().usd();
    }

    /** The funnel of each of the {@code weeks} weeks up to and including the week of {@code anyDay}, oldest first. */
    public List<Funnel> trend(LocalDate anyDay, int weeks) {
        var trend = new ArrayList<Funnel>();
        for (int i = weeks - 1; i >= 0; i--) {
            var start = weekOf(anyDay).minusWeeks(i);
            var rows = stores.reports().funnel(start.atStartOfDay(settings.teamZone()).toInstant(),
                    start.plusWeeks(1).atStartOfDay(settings.teamZone()).toInstant());
            trend.add(Funnel.of(start.toString(), rows));
        }
        return trend;
    }

    private Optional<WeeklyReport.Experiment> experiment() {
        return stores.experiments().latest().map(e -> {
            var end = e.stoppedAt() == null ? clock.instant().plusSeconds(1) : Instant.MAX.minusSeconds(1);
            var rows = stores.reports().funnel(e.startedAt().minusSeconds(1), end).stream()
                    .filter(r -> r.arm() != null).toList();
            var arms = Comparison.of("Gate experiment", rows, FunnelRow::arm, List.of(Arm.GATE_ON.wire(), Arm.GATE_OFF.wire()));
            return new WeeklyReport.Experiment(e.id(), e.gateOffPercent(), e.startedAt(), e.stoppedAt(),
                    rows.stream().map(FunnelRow::accountId).distinct().count(), arms);
        });
    }
}
