package dev.gatehouse.engine.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups of first emails side by side — the experiment's arms, the writers, ICP score bands — with
 * each rate's Wilson 95% interval and a two-proportion z-test of every group against the first
 * (the baseline), and one plain sentence on the primary rate: positive replies per delivered
 * first email.
 */
public record Comparison(String title, List<Group> groups, String verdict) {
    public static final String PRIMARY = "positive_reply";

    /** One rate of one group: the rate, its interval, and its test against the baseline (NaN for the baseline). */
    public record Cell(Rate rate, Stats.Interval interval, Stats.Test vsBaseline) {
    }

    public record Group(String name, Funnel funnel, Map<String, Cell> cells) {
    }

    /** Groups in {@code order} (names without rows are left out), the first one present being the baseline. */
    public static Comparison of(String title, Collection<FunnelRow> rows, Function<FunnelRow, String> key,
                                List<String> order) {
        var funnels = new LinkedHashMap<String, Funnel>();
        for (var name : order) {
            var members = rows.stream().filter(r -> name.equals(key.apply(r))).toList();
            if (!members.isEmpty()) funnels.put(name, Funnel.of(name, members));
        }
        for (var funnel : Funnel.by(rows, key)) funnels.putIfAbsent(funnel.group(), funnel);
        var groups = new ArrayList<Group>();
        Funnel baseline = null;
        for (var funnel : funnels.values()) {
            if (baseline == null) baseline = funnel;
            groups.add(new Group(funnel.group(), funnel, cells(funnel, baseline)));
        }
        return new Comparison(title, groups, verdict(groups));
    }

    private static Map<String, Cell> cells(Funnel funnel, Funnel baseline) {
        var cells = new LinkedHashMap<String, Cell>();
        var base = baseline.rates();
        funnel.rates().forEach((name, rate) -> {
            var test = funnel == baseline ? new Stats.Test(Double.NaN, Double.NaN, Double.NaN)
                    : Stats.twoProportion(rate.count(), rate.of(), base.get(name).count(), base.get(name).of());
            cells.put(name, new Cell(rate, Stats.wilson(rate.count(), rate.of()), test));
        });
        return cells;
    }

    /** What the primary rate says so far, in one sentence a manager can act on. */
    static String verdict(List<Group> groups) {
        if (groups.size() < 2) return "Only one group has first emails so far: nothing to compare yet.";
        var base = groups.getFirst();
        var other = groups.get(1);
        var a = base.cells().get(PRIMARY);
        var b = other.cells().get(PRIMARY);
        if (a.rate().of() == 0 || b.rate().of() == 0) {
            return "No delivered first emails in " + (a.rate().of() == 0 ? base.name() : other.name()) + " yet: nothing to compare.";
        }
        var test = b.vsBaseline();
        var head = String.format(Locale.ROOT, "%s %.1f%% vs %s %.1f%% positive replies per delivered first email",
                other.name(), 100 * b.rate().value(), base.name(), 100 * a.rate().value());
        if (test.significant()) {
            return head + String.format(Locale.ROOT, " (p = %.3f): a real difference at 95%% confidence.", test.p());
        }
        var needed = Stats.neededPerArm(a.rate().value(), b.rate().value());
        var p = Double.isNaN(test.p()) ? "" : String.format(Locale.ROOT, " (p = %.2f)", test.p());
        if (needed < 0) return head + p + ": no difference so far.";
        long more = Math.max(0, needed - Math.min(a.rate().of(), b.rate().of()));
        return head + p + String.format(Locale.ROOT, ": not distinguishable yet; a difference this size needs about "
                + "%,d delivered first emails per group, %,d more than the smaller has.", needed, more);
    }

    /** The ICP score band a score falls in: do higher scores convert better? */
    public static String scoreBand(Integer score) {
        if (score == null) return "unscored";
        if (score < 40) return "0-39";
        if (score < 60) return "40-59";
        if (score < 80) return "60-79";
        return "80-100";
    }

    public static final List<String> BANDS = List.of("0-39", "40-59", "60-79", "80-100", "unscored");
}
