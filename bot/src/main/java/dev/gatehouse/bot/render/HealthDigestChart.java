package dev.gatehouse.bot.render;

import dev.gatehouse.engine.customers.HealthBand;
import dev.gatehouse.engine.customers.HealthDigest;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.RangeType;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;

/**
 * The weekly health digest's picture: the CSM's customers by health band (bars in the band's colour)
 * on the left, the biggest movers' score change since last week on the right (green up, red down).
 * Pure: digest in, PNG bytes out.
 */
public final class HealthDigestChart {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 440;
    static final int MOVERS_SHOWN = 8;
    private static final List<HealthBand> BANDS = List.of(HealthBand.AT_RISK, HealthBand.WATCH, HealthBand.HEALTHY);

    private HealthDigestChart() {
    }

    public static byte[] png(HealthDigest digest) {
        return Charts.png(WIDTH, HEIGHT, "Customer health · week of " + digest.week() + " · " + digest.customers().size()
                + (digest.customers().size() == 1 ? " customer" : " customers"), new Color(0x33, 0x33, 0x33), bands(digest), movers(digest));
    }

    private static JFreeChart bands(HealthDigest digest) {
        var data = new DefaultCategoryDataset();
        for (var band : BANDS) data.addValue(digest.inBand(band).size(), "customers", label(band));
        var chart = ChartFactory.createBarChart("Customers by health band", "health band", "customers", data,
                PlotOrientation.VERTICAL, false, false, false);
        var colours = BANDS.stream().map(HealthDigestChart::colour).toList();
        bars(chart, (row, column) -> colours.get(column));
        var range = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        range.setRangeType(RangeType.POSITIVE);
        range.setAutoRangeMinimumSize(4);
        return Charts.readable(chart, true);
    }

    private static JFreeChart movers(HealthDigest digest) {
        var data = new DefaultCategoryDataset();
        var movers = digest.movers().stream().limit(MOVERS_SHOWN).toList();
        for (var m : movers) {
            data.addValue(m.change(), "change", m.customer().name() + " " + m.before() + "→" + m.health().score());
        }
        var chart = ChartFactory.createBarChart("Biggest movers since last week", null, "score change (points)", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        bars(chart, (row, column) -> movers.get(column).change() >= 0 ? Charts.GREEN : Charts.RED);
        var plot = chart.getCategoryPlot();
        plot.setNoDataMessage("No score moved this week");
        plot.setNoDataMessageFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        plot.getRangeAxis().setAutoRangeMinimumSize(10);
        plot.getRangeAxis().setVisible(!movers.isEmpty());
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        return Charts.readable(chart, true);
    }

    private interface Colouring {
        Paint of(int row, int column);
    }

    /** Flat bars coloured per item, each labelled with its value. */
    private static void bars(JFreeChart chart, Colouring colouring) {
        var renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return colouring.of(row, column);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.22);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        chart.getCategoryPlot().setRenderer(renderer);
    }

    static String label(HealthBand band) {
        return switch (band) {
            case AT_RISK -> "At risk (<40)";
            case WATCH -> "Watch (40–69)";
            case HEALTHY -> "Healthy (70+)";
        };
    }

    private static Color colour(HealthBand band) {
        return switch (band) {
            case AT_RISK -> Charts.RED;
            case WATCH -> Charts.AMBER;
            case HEALTHY -> Charts.GREEN;
        };
    }
}
