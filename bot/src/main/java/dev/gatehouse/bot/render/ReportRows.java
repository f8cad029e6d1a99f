package dev.gatehouse.bot.render;

import dev.gatehouse.engine.report.Comparison;
import dev.gatehouse.engine.report.Funnel;
import dev.gatehouse.engine.report.Rate;
import dev.gatehouse.engine.report.WeeklyReport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A weekly report flattened to rows — section, group, metric, count, of what, the rate and its
 * Wilson interval where there is one — so the text, JSON and CSV forms say exactly the same.
 */
public record ReportRows(String week, List<Row> rows) {
    /** One number; {@code of} and {@code per} are empty for a plain count, the interval for a rate. */
    public record Row(String section, String group, String metric, String value, Long of, String per, Double rate,
                      Double low, Double high, String note) {
    }

    public static ReportRows of(WeeklyReport report) {
        var rows = new ArrayList<Row>();
        rows.add(count("pipeline", "all", "signals", report.signals()));
        rows.add(count("pipeline", "all", "accounts_qualified", report.accountsQualified()));
        funnel(rows, "funnel", report.total());
        report.byRep().forEach(f -> funnel(rows, "funnel_by_rep", f));
        report.bySegment().forEach(f -> funnel(rows, "funnel_by_segment", f));
        var gate = report.gate();
        rows.add(rate("gate", "people", "approved_as_written", gate.approveRate(), null));
        rows.add(rate("gate", "people", "edited_then_approved", gate.editRate(), null));
        rows.add(rate("gate", "people", "rejected", gate.rejectRate(), null));
        gate.rejectReasons().forEach((reason, n) -> rows.add(count("gate", "reject_reason", reason, n)));
        rows.add(count("gate", "gatehouse", "system_approvals", gate.systemApprovals()));
        rows.add(plain("gate", "people", "median_edit_distance_chars", fmt(gate.medianEditDistance())));
        rows.add(plain("gate", "people", "median_minutes_to_decision", fmt(gate.medianTimeToDecision().toSeconds() / 60.0)));
        var samples = gate.samples();
        rows.add(count("gate", "supervised", "sent_without_person", samples.supervisedSent()));
        rows.add(rate("gate", "supervised", "sampled_for_review", samples.sampleRate(), null));
        rows.add(rate("gate", "supervised", "samples_reviewed", samples.reviewedRate(), null));
        rows.add(rate("gate", "supervised", "samples_flagged", samples.flagRate(), null));
        rows.add(count("gate", "queue", "waiting", gate.queued()));
        rows.add(plain("gate", "queue", "oldest_hours", fmt(gate.oldestQueued().toSeconds() / 3600.0)));
        var cost = report.cost();
        rows.add(plain("cost", "usd", "llm", cost.spend().llmUsd().toPlainString()));
        rows.add(plain("cost", "usd", "fixed_share", cost.fixedShare().toPlainString()));
        rows.add(plain("cost", "usd", "total", cost.total().toPlainString()));
        rows.add(count("cost", "llm", "tokens", cost.spend().tokens()));
        cost.units().forEach((unit, n) -> rows.add(new Row("cost", "usd_per", unit,
                cost.per(n).map(BigDecimal::toPlainString).orElse("–"), n, unit.replace('_', ' ') + "s", null, null, null,
                "llm only: " + cost.llmPer(n).map(BigDecimal::toPlainString).orElse("–"))));
        report.experiment().ifPresent(e -> {
            rows.add(plain("experiment", "gate", "state", (e.running() ? "running" : "stopped") + ", "
                    + e.gateOffPercent() + "% gate off, " + e.accountsAssigned() + " accounts"));
            comparison(rows, "experiment", e.arms());
        });
        comparison(rows, "writers", report.writers());
        comparison(rows, "score_bands", report.scoreBands());
        return new ReportRows(report.weekStart().toString(), rows);
    }

    private static void funnel(List<Row> rows, String section, Funnel f) {
        rows.add(count(section, f.group(), "first_emails_drafted", f.drafted()));
        rows.add(count(section, f.group(), "approved_by_person", f.approvedByPerson()));
        rows.add(count(section, f.group(), "sent_without_person", f.sentWithoutPerson()));
        rows.add(count(section, f.group(), "sent", f.sent()));
        rows.add(count(section, f.group(), "delivered", f.delivered()));
        rows.add(count(section, f.group(), "contacted_accounts", f.contactedAccounts()));
        f.rates().forEach((name, rate) -> rows.add(rate(section, f.group(), name, rate, null)));
        if (f.wonAmount().signum() > 0) rows.add(plain(section, f.group(), "won_amount", f.wonAmount().toPlainString()));
    }

    private static void comparison(List<Row> rows, String section, Comparison comparison) {
        for (var group : comparison.groups()) {
            rows.add(count(section, group.name(), "accounts", group.funnel().contactedAccounts()));
            group.cells().forEach((name, cell) -> {
                var test = cell.vsBaseline();
                var note = Double.isNaN(test.p()) ? null
                        : String.format(Locale.ROOT, "vs %s: z = %.2f, p = %.3f", comparison.groups().getFirst().name(),
                        test.z(), test.p());
                rows.add(new Row(section, group.name(), name, Long.toString(cell.rate().count()), cell.rate().of(),
                        cell.rate().per(), nan(cell.rate().value()), cell.interval().low(), cell.interval().high(), note));
            });
        }
        rows.add(plain(section, "all", "verdict", comparison.verdict()));
    }

    private static Row count(String section, String group, String metric, long n) {
        return plain(section, group, metric, Long.toString(n));
    }

    private static Row plain(String section, String group, String metric, String value) {
        return new Row(section, group, metric, value, null, null, null, null, null, null);
    }

    private static Row rate(String section, String group, String metric, Rate rate, String note) {
        var interval = dev.gatehouse.engine.report.Stats.wilson(rate.count(), rate.of());
        return new Row(section, group, metric, Long.toString(rate.count()), rate.of(), rate.per(), nan(rate.value()),
                rate.of() == 0 ? null : interval.low(), rate.of() == 0 ? null : interval.high(), note);
    }

    private static Double nan(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
