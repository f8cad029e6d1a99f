package dev.gatehouse.bot.render;

import dev.gatehouse.engine.customers.AnomalyDetector;
import dev.gatehouse.engine.customers.AnomalyDirection;
import dev.gatehouse.engine.customers.CustomerFacts.UsageWeek;
import dev.gatehouse.engine.customers.CustomerNotifier;
import dev.gatehouse.engine.customers.Robust;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;

/**
 * An anomaly alert's small chart: the metric's recent weeks, the baseline's normal band (the range
 * {@link AnomalyDetector#band} flags outside of) with its median, and the flagged weeks in red.
 * Pure: alert in, PNG bytes out.
 */
public final class AnomalyChart {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 400;
    static final int WEEKS_SHOWN = 12;

    private AnomalyChart() {
    }

    public static byte[] png(CustomerNotifier.AnomalyAlert alert) {
        var a = alert.anomaly();
        var drop = a.direction() == AnomalyDirection.DROP;
        var shown = shown(alert);
        var chart = Charts.weekly(alert.customer().name() + " · " + a.metric().replace('_', ' '),
                (drop ? "Drop: " : "Growth: ") + Robust.number(a.value()) + " in the week of " + a.firstWeek()
                        + change(a.value(), a.median()) + " against a median of " + Robust.number(a.median())
                        + " (MAD " + Robust.number(a.mad()) + ")",
                a.metric(), shown);
        var plot = chart.getXYPlot();
        var flagged = new XYSeries("flagged week", false, false);
        shown.stream().filter(w -> !w.weekStart().isBefore(a.firstWeek()) && !w.weekStart().isAfter(a.lastWeek()))
                .forEach(w -> flagged.add(Charts.x(shown.getFirst().weekStart(), w.weekStart()), w.value()));
        ((XYSeriesCollection) plot.getDataset()).addSeries(flagged);
        var renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesPaint(1, Charts.RED);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-7, -7, 14, 14));
        var band = AnomalyDetector.band(a.median(), a.mad());
        mark(plot, band, a.median(), shown);
        return Charts.png(WIDTH, HEIGHT, null, null, chart);
    }

    private static String change(double value, double median) {
        if (median == 0) return "";
        var percent = Robust.percent(value - median, median);
        return " (" + (percent > 0 ? "+" : percent < 0 ? "−" : "") + Math.abs(percent) + "%)";
    }

    /** The weeks up to the anomaly's last, the most recent {@value #WEEKS_SHOWN}. */
    static List<UsageWeek> shown(CustomerNotifier.AnomalyAlert alert) {
        var upTo = alert.series().stream().filter(w -> !w.weekStart().isAfter(alert.anomaly().lastWeek())).toList();
        return upTo.subList(Math.max(0, upTo.size() - WEEKS_SHOWN), upTo.size());
    }

    /** The band shaded behind the line, its median dashed, and the value axis wide enough for both. */
    private static void mark(XYPlot plot, AnomalyDetector.Band band, double median, List<UsageWeek> shown) {
        boolean nonNegative = shown.stream().allMatch(w -> w.value() >= 0) && median >= 0;
        double low = nonNegative ? Math.max(0, band.low()) : band.low();
        var normal = new IntervalMarker(low, band.high(), new Color(0x3E, 0x9A, 0x5A, 0x30));
        Charts.label(normal, "normal range " + Robust.number(low) + "–" + Robust.number(band.high())
                + " (from the weeks before)", Charts.GREEN.darker());
        normal.setLabelAnchor(RectangleAnchor.TOP_LEFT); // just above the band, clear of a line inside it
        normal.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(normal, Layer.BACKGROUND);
        var middle = new ValueMarker(median, Charts.GREEN, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10, new float[]{6, 4}, 0));
        Charts.label(middle, "median " + Robust.number(median), Charts.GREEN.darker());
        middle.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        middle.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addRangeMarker(middle, Layer.FOREGROUND);
        double max = Math.max(band.high() + (band.high() - low) * 0.4, shown.stream().mapToDouble(UsageWeek::value).max().orElse(band.high()));
        double min = Math.min(low, shown.stream().mapToDouble(UsageWeek::value).min().orElse(low));
        double pad = Math.max((max - min) * 0.08, 1);
        plot.getRangeAxis().setRange(nonNegative ? 0 : min - pad, max + pad);
    }
}
