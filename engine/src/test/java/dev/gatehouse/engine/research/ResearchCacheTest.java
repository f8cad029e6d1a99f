package dev.gatehouse.engine.research;

import dev.gatehouse.engine.signals.SignalKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static dev.gatehouse.engine.research.ResearcherTest.*;
import static org.assertj.core.api.Assertions.assertThat;

class ResearchCacheTest {
    private final AtomicLong nanos = new AtomicLong();
    private final ResearchCache cache = new ResearchCache(Duration.ofHours(6), nanos::get);
    private final dev.gatehouse.engine.signals.Signal newest = signal(5, SignalKind.FUNDING, "Glassworks Studio raised a $5M seed round", 1);
    private final dev.gatehouse.engine.signals.Signal lateArrival = signal(4, SignalKind.NEWS, "Glassworks Studio won a regional design award", 30);

    @Test
    void reuses_research_while_the_newest_signal_is_unchanged() {
        var first = cache.research(GLASSWORKS, PIA, List.of(newest), NOW);
        nanos.addAndGet(TimeUnit.HOURS.toNanos(5));

        var again = cache.research(GLASSWORKS, PIA, List.of(newest, lateArrival), NOW);

        assertThat(again).isSameAs(first);
        assertThat(again.stream().flatMap(f -> f.signalIds().stream())).containsExactly(5L);
    }

    @Test
    void recomputes_after_the_ttl() {
        cache.research(GLASSWORKS, PIA, List.of(newest), NOW);
        nanos.addAndGet(TimeUnit.HOURS.toNanos(7));

        var later = cache.research(GLASSWORKS, PIA, List.of(newest, lateArrival), NOW);

        assertThat(later.stream().flatMap(f -> f.signalIds().stream())).containsExactly(5L, 4L);
    }

    @Test
    void a_newer_signal_gets_fresh_research() {
        cache.research(GLASSWORKS, PIA, List.of(lateArrival), NOW);

        var withNewer = cache.research(GLASSWORKS, PIA, List.of(lateArrival, newest), NOW);

        assertThat(withNewer.getFirst().signalIds()).containsExactly(5L);
    }
}
