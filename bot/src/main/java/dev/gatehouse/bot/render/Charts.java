package dev.gatehouse.bot.render;

import dev.gatehouse.engine.customers.CustomerFacts.UsageWeek;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * What the bot's PNG charts share: a white canvas with an optional banner line, charts laid side by
 * side below it, PNG encoding, and type large enough to read once Slack scales the image down to its
 * in-message preview (about 360 px high).
 */
final class Charts {
    static final Color BLUE = new Color(0x2E, 0x6F, 0xB5);
    static final Color GREEN = new Color(0x3E, 0x9A, 0x5A);
    static final Color AMBER = new Color(0xE0, 0x8A, 0x1E);
    static final Color RED = new Color(0xC0, 0x2F, 0x2F);
    static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final int BANNER = 40;

    private Charts() {
    }

    /** A banner line ({@code banner} null for none) over {@code charts} in equal columns, as PNG bytes. */
    static byte[] png(int width, int height, String banner, Color bannerColour, JFreeChart... charts) {
        System.setProperty("java.awt.headless", "true");
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            int top = 0;
            if (banner != null) {
                g.setColor(bannerColour);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
                g.drawString(banner, 16, 28);
                top = BANNER;
            }
            double column = (double) width / charts.length;
            for (int i = 0; i < charts.length; i++) {
                charts[i].draw(g, new Rectangle2D.Double(i * column, top, column, height - top));
            }
        } finally {
            g.dispose();
        }
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** White background, a light plot, larger type than JFreeChart's defaults, whole-number ticks when asked. */
    static JFreeChart readable(JFreeChart chart, boolean wholeNumbers) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        if (chart.getLegend() != null) chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setBackgroundPaint(new Color(0xF7, 0xF7, 0xF7));
            plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
            plot.setOutlineVisible(false);
            var labels = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
            var ticks = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
            plot.getDomainAxis().setLabelFont(labels);
            plot.getDomainAxis().setTickLabelFont(ticks);
            plot.getRangeAxis().setLabelFont(labels);
            plot.getRangeAxis().setTickLabelFont(ticks);
            if (wholeNumbers && plot.getRangeAxis() instanceof NumberAxis range) {
                range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
        }
        return chart;
    }

    /**
     * Weeks of one usage metric as a line, {@code subtitle} under the title. The x value is the week's
     * number from the first ({@link #x}), so ticks fall on week starts and are labelled with their date;
     * the data set holds that series first, so callers can add more after it.
     */
    static JFreeChart weekly(String title, String subtitle, String metric, List<UsageWeek> weeks) {
        var first = weeks.getFirst().weekStart();
        var line = new XYSeries(metric.replace('_', ' '), false, false);
        weeks.forEach(w -> line.add(x(first, w.weekStart()), w.value()));
        var data = new XYSeriesCollection(line);
        var time = new NumberAxis("week starting");
        double span = x(first, weeks.getLast().weekStart());
        time.setTickUnit(new NumberTickUnit(span <= 13 ? 1 : span <= 26 ? 2 : 4, new WeekFormat(first)));
        time.setRange(-0.5, Math.max(span, 1) + 0.5);
        var value = new NumberAxis(metric.replace('_', ' '));
        value.setAutoRangeIncludesZero(true);
        var lines = new XYLineAndShapeRenderer(true, true);
        lines.setSeriesPaint(0, BLUE);
        lines.setSeriesStroke(0, new BasicStroke(2.5f));
        var plot = new XYPlot(data, time, value, lines);
        plot.setBackgroundPaint(new Color(0xF7, 0xF7, 0xF7));
        plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        plot.setDomainGridlinePaint(new Color(0xE2, 0xE2, 0xE2));
        plot.setOutlineVisible(false);
        var labels = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
        var ticks = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        for (var axis : List.of(time, value)) {
            axis.setLabelFont(labels);
            axis.setTickLabelFont(ticks);
        }
        var chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 20), plot, true);
        var sub = new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        sub.setPaint(GREY);
        chart.addSubtitle(0, sub);
        return readable(chart, false);
    }

    /** A week's place on a {@link #weekly} chart: whole weeks since {@code first}. */
    static double x(LocalDate first, LocalDate week) {
        return ChronoUnit.WEEKS.between(first, week);
    }

    /** Labels a week number with its start date ("Nov 30"). */
    private static final class WeekFormat extends NumberFormat {
        private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);
        private final LocalDate first;

        WeekFormat(LocalDate first) {
            this.first = first;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return format(Math.round(number), to, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return to.append(LABEL.format(first.plusWeeks(number)));
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("labels only");
        }
    }

    /** A marker's label in {@code colour}, on no background (JFreeChart's default is a grey box). */
    static void label(org.jfree.chart.plot.Marker marker, String text, Color colour) {
        marker.setLabel(text);
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        marker.setLabelPaint(colour);
        marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
    }

}
