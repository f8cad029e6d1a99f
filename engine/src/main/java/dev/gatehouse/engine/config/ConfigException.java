package dev.gatehouse.engine.config;

import java.util.List;

/** Configuration that cannot be used, with every problem found at once (not one per restart). */
public final class ConfigException extends RuntimeException {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super("Invalid configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
