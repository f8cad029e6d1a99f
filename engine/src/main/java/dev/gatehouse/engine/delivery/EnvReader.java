package dev.gatehouse.engine.delivery;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads typed values from an environment map and collects every problem, so a config's
 * {@code fromEnv} can fail once with the full list instead of one key at a time.
 */
final class EnvReader {
    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();

    EnvReader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    boolean present(String key) {
        String value = env.get(key);
        return value != null && !value.isBlank();
    }

    String required(String key) {
        if (!present(key)) {
            problems.add(key + " is required");
            return null;
        }
        return env.get(key).trim();
    }

    String optional(String key, String fallback) {
        return present(key) ? env.get(key).trim() : fallback;
    }

    int integer(String key, int fallback, int min, int max) {
        return parsed(key, fallback, raw -> {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) throw new IllegalArgumentException();
            return value;
        }, "a whole number from " + min + " to " + max);
    }

    double decimal(String key, double fallback, double min, double max) {
        return parsed(key, fallback, raw -> {
            double value = Double.parseDouble(raw);
            if (!(value >= min && value <= max)) throw new IllegalArgumentException();
            return value;
        }, "a number from " + min + " to " + max);
    }

    boolean bool(String key, boolean fallback) {
        return parsed(key, fallback, raw -> switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException();
        }, "true or false");
    }

    Duration seconds(String key, Duration fallback) {
        return parsed(key, fallback, raw -> {
            long value = Long.parseLong(raw);
            if (value < 0) throw new IllegalArgumentException();
            return Duration.ofSeconds(value);
        }, "a number of seconds (0 or more)");
    }

    LocalTime time(String key, LocalTime fallback) {
        return parsed(key, fallback, LocalTime::parse, "a time like 08:00");
    }

    ZoneId zone(String key, ZoneId fallback) {
        return parsed(key, fallback, ZoneId::of, "a time zone id like Europe/Berlin");
    }

    URI httpUrl(String key) {
        String raw = required(key);
        if (raw == null) return null;
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (Exception e) {
            problems.add(key + " must be an absolute http(s) URL, got '" + raw + "'");
            return null;
        }
    }

    <T> T parsed(String key, T fallback, Function<String, T> parser, String expected) {
        if (!present(key)) return fallback;
        String raw = env.get(key).trim();
        try {
            return parser.apply(raw);
        } catch (RuntimeException e) {
            problems.add(key + " must be " + expected + ", got '" + raw + "'");
            return fallback;
        }
    }

    void problem(String message) {
        problems.add(message);
    }

    /** Throws once with every problem collected, if there was any. */
    void failIfProblems(String what) {
        if (!problems.isEmpty()) {
            throw new dev.gatehouse.engine.config.ConfigException(
                    problems.stream().map(p -> what + ": " + p).toList());
        }
    }
}
