package dev.gatehouse.engine.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads typed values from an environment map and collects problems instead of failing on the
 * first one, so a configuration record can report every bad key in one message.
 */
public final class Env {
    private final Map<String, String> values;
    private final List<String> problems = new ArrayList<>();

    public Env(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public boolean present(String key) {
        return optional(key).isPresent();
    }

    public Optional<String> optional(String key) {
        var value = values.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String string(String key, String fallback) {
        return optional(key).orElse(fallback);
    }

    public String required(String key) {
        return optional(key).orElseGet(() -> {
            problems.add(key + " is required");
            return "";
        });
    }

    public int integer(String key, int fallback) {
        return parsed(key, fallback, Integer::parseInt, "an integer");
    }

    public int integer(String key, int fallback, int min, int max) {
        return parsed(key, fallback, raw -> within(Integer.parseInt(raw), min, max), "a whole number from " + min + " to " + max);
    }

    public double decimal(String key, double fallback, double min, double max) {
        return parsed(key, fallback, raw -> within(Double.parseDouble(raw), min, max), "a number from " + min + " to " + max);
    }

    public java.time.Duration seconds(String key, java.time.Duration fallback) {
        return parsed(key, fallback, raw -> java.time.Duration.ofSeconds(within(Long.parseLong(raw), 0L, Long.MAX_VALUE)),
                "a number of seconds (0 or more)");
    }

    public java.time.LocalTime time(String key, java.time.LocalTime fallback) {
        return parsed(key, fallback, java.time.LocalTime::parse, "a time like 08:00");
    }

    public java.time.ZoneId zone(String key, java.time.ZoneId fallback) {
        return parsed(key, fallback, java.time.ZoneId::of, "a time zone id like Europe/Berlin");
    }

    /** A required absolute http(s) URL; null (with a problem recorded) when missing or invalid. */
    public java.net.URI httpUrl(String key) {
        var raw = optional(key);
        if (raw.isEmpty()) {
            problems.add(key + " is required");
            return null;
        }
        try {
            var uri = new java.net.URI(raw.get());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) return uri;
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        problems.add(key + " must be an absolute http(s) URL (got '" + raw.get() + "')");
        return null;
    }

    private static <N extends Comparable<N>> N within(N value, N min, N max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) throw new IllegalArgumentException("out of range");
        return value;
    }

    public boolean bool(String key, boolean fallback) {
        return parsed(key, fallback, v -> switch (v.toLowerCase()) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException(v);
        }, "true or false");
    }

    public <T> T parsed(String key, T fallback, Function<String, T> parser, String expected) {
        var raw = optional(key);
        if (raw.isEmpty()) return fallback;
        try {
            return parser.apply(raw.get());
        } catch (RuntimeException e) {
            problems.add(key + " must be " + expected + " (got '" + raw.get() + "')");
            return fallback;
        }
    }

    public void problem(String text) {
        problems.add(text);
    }

    /** Throws one {@link ConfigException} listing every problem, if there were any. */
    public void check() {
        if (!problems.isEmpty()) throw new ConfigException(problems);
    }

    /** The same, each problem prefixed with the part of the configuration it belongs to. */
    public void check(String what) {
        if (!problems.isEmpty()) throw new ConfigException(problems.stream().map(p -> what + ": " + p).toList());
    }

    public static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "<unset>" : "****";
    }
}
