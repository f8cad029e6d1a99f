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

    public static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "<unset>" : "****";
    }
}
