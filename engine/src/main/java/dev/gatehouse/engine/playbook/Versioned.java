package dev.gatehouse.engine.playbook;

import java.time.Instant;

/** A stored version of a manager-owned document (ICP, offer) with its author. */
public record Versioned<T>(int version, T value, String author, Instant at) {
}
