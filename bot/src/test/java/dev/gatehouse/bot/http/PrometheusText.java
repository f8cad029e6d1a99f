package dev.gatehouse.bot.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The samples of a Prometheus text exposition, to look series up by name and labels. */
public record PrometheusText(List<Sample> samples) {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    public record Sample(String name, Map<String, String> labels, double value) {
    }

    public static PrometheusText parse(String text) {
        var samples = new ArrayList<Sample>();
        for (var line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            var m = SAMPLE.matcher(line);
            if (!m.matches()) throw new IllegalArgumentException("not a Prometheus sample line: " + line);
            var labels = new LinkedHashMap<String, String>();
            if (m.group(2) != null) {
                var l = LABEL.matcher(m.group(2));
                while (l.find()) labels.put(l.group(1), l.group(2));
            }
            samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
        }
        return new PrometheusText(List.copyOf(samples));
    }

    /** The sum over the series named {@code name} that carry all of {@code labels}; empty if there is none. */
    public Optional<Double> value(String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .map(Sample::value).reduce(Double::sum);
    }

    public Optional<Double> value(String name) {
        return value(name, Map.of());
    }

    public boolean hasSeriesStartingWith(String prefix) {
        return samples.stream().anyMatch(s -> s.name().startsWith(prefix));
    }
}
