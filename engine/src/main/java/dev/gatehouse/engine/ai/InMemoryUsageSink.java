package dev.gatehouse.engine.ai;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Keeps calls in memory: for tests and the demo. Thread-safe. */
public final class InMemoryUsageSink implements UsageSink {
    public record Entry(LlmCall call, Long touchId) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized void record(LlmCall call, Long touchId) {
        entries.add(new Entry(call, touchId));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized List<LlmCall> calls() {
        return entries.stream().map(Entry::call).toList();
    }

    public synchronized BigDecimal totalCostUsd() {
        return entries.stream().map(e -> e.call().costUsd()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
