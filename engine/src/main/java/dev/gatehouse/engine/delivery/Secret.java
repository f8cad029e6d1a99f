package dev.gatehouse.engine.delivery;

import java.util.Objects;

/** A configuration value that must never reach a log: {@code toString} masks it. */
public record Secret(String value) {
    public Secret {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "****";
    }
}
