package dev.gatehouse.bot.render;

import dev.gatehouse.engine.report.Funnel;
import dev.gatehouse.engine.report.WeeklyReport;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * The digest's picture, rendered headless with JFreeChart: this week's funnel as bars on the left,
 * the last eight weeks' delivered emails, human replies, positive replies and meetings held on the
 * right. A {@code label} (e.g. "SIMULATED DATA") is printed across the top when given. Pure: report in,
 * PNG bytes out.
 */
public final class DigestChart {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 520;

    private DigestChart() {
    }

    public static byte[] png(WeeklyReport week, List<Funnel> trend, String label) {
        return Charts.png(WIDTH, HEIGHT, (label == null ? "" : label + " · ") + "Gatehouse weekly digest · week of "
                        + week.weekStart(), label == null ? new Color(0x33, 0x33, 0x33) : new Color(0xB0, 0x2A, 0x2A),
                funnel(week.total()), trend(trend));
    }

    private static JFreeChart funnel(Funnel f) {
        var data = new DefaultCategoryDataset();
        var series = "first emails / accounts";
        data.addValue(f.drafted(), series, "drafted");
        data.addValue(f.sent(), series, "sent");
        data.addValue(f.delivered(), series, "delivered");
        data.addValue(f.replied(), series, "replied");
        data.addValue(f.positive(), series, "positive");
        data.addValue(f.meetingsHeld(), series, "meetings");
        data.addValue(f.qualified(), series, "qualified");
        data.addValue(f.won(), series, "won");
        var chart = ChartFactory.createBarChart("Funnel this week", null, "count", data, PlotOrientation.VERTICAL,
                false, false, false);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, new Color(0x2E, 0x6F, 0xB5));
        return styled(chart);
    }

    private static JFreeChart trend(List<Funnel> weeks) {
        var data = new DefaultCategoryDataset();
        for (var week : weeks) {
            var label = week.group().length() >= 10 ? week.group().substring(5) : week.group();
            data.addValue(week.delivered(), "delivered", label);
            data.addValue(week.replied(), "human replies", label);
            data.addValue(week.positive(), "positive replies", label);
            data.addValue(week.meetingsHeld(), "meetings held", label);
        }
        var chart = ChartFactory.createLineChart("Eight-week trend (by week drafted)", null, "count", data,
                PlotOrientation.VERTICAL, true, false, false);
        return styled(chart);
    }

    /** Whole-number ticks from zero, at least 0..5 (an empty week draws a clean empty axis), full labels. */
    private static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        var plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(new Color(0xF7, 0xF7, 0xF7));
        plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        var range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setAutoRangeIncludesZero(true);
        range.setAutoRangeMinimumSize(5);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(2.0f);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
            var colours = new Color[]{new Color(0x2E, 0x6F, 0xB5), new Color(0x55, 0xA8, 0x68), new Color(0xE0, 0x8A, 0x1E),
                    new Color(0xB0, 0x2A, 0x2A)};
            for (int i = 0; i < colours.length; i++) {
                lines.setSeriesPaint(i, colours[i]);
                lines.setSeriesStroke(i, new BasicStroke(2.5f));
                lines.setSeriesShapesVisible(i, true);
            }
        }
        return chart;
    }
}
