package dev.gatehouse.bot.render;

import dev.gatehouse.engine.customers.CustomerFacts.UsageWeek;
import dev.gatehouse.engine.customers.RenewalPackage;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.util.List;

/**
 * The renewal package's usage trend: the trend metric's stored weeks (the last {@value #WEEKS_SHOWN})
 * and their least-squares line, dashed. Pure: package in, PNG bytes out.
 */
public final class UsageTrendChart {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 400;
    static final int WEEKS_SHOWN = 26;

    private UsageTrendChart() {
    }

    /** Empty when the package has no usage to draw. */
    public static java.util.Optional<byte[]> png(RenewalPackage renewal) {
        var weeks = shown(renewal);
        if (weeks.isEmpty()) return java.util.Optional.empty();
        var c = renewal.customer();
        var metric = weeks.getFirst().metric();
        var chart = Charts.weekly(c.name() + " · " + metric.replace('_', ' ') + " by week",
                weeks.size() + " weeks from " + weeks.getFirst().weekStart() + " to " + weeks.getLast().weekStart()
                        + (c.renewalDate() == null ? "" : " · renews " + c.renewalDate()), metric, weeks);
        if (weeks.size() >= 2) {
            var plot = chart.getXYPlot();
            ((XYSeriesCollection) plot.getDataset()).addSeries(trend(weeks));
            var renderer = (XYLineAndShapeRenderer) plot.getRenderer();
            renderer.setSeriesShapesVisible(1, false);
            renderer.setSeriesPaint(1, Charts.GREY);
            renderer.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{8, 5}, 0));
        }
        return java.util.Optional.of(Charts.png(WIDTH, HEIGHT, null, null, chart));
    }

    /** The weeks the chart draws: the package's stored usage rows, the most recent {@value #WEEKS_SHOWN}. */
    static List<UsageWeek> shown(RenewalPackage renewal) {
        var usage = renewal.usage();
        return usage.subList(Math.max(0, usage.size() - WEEKS_SHOWN), usage.size());
    }

    /** The least-squares line through the weeks (x in weeks since the first), drawn from the first week to the last. */
    private static XYSeries trend(List<UsageWeek> weeks) {
        var first = weeks.getFirst().weekStart();
        double[] x = weeks.stream().mapToDouble(w -> Charts.x(first, w.weekStart())).toArray();
        double meanX = java.util.Arrays.stream(x).average().orElse(0);
        double meanY = weeks.stream().mapToDouble(UsageWeek::value).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += (x[i] - meanX) * (weeks.get(i).value() - meanY);
            den += (x[i] - meanX) * (x[i] - meanX);
        }
        double slope = den == 0 ? 0 : num / den;
        var line = new XYSeries("trend (least squares)", false, false);
        line.add(0, meanY - slope * meanX);
        line.add(x[x.length - 1], meanY + slope * (x[x.length - 1] - meanX));
        return line;
    }
}
