package dev.gatehouse.engine.ai;

import java.util.List;

/** Thrown once with every configuration problem found, so one restart fixes them all. */
public final class ConfigException extends RuntimeException {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super("invalid configuration:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
