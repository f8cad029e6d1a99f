package dev.gatehouse.engine.metrics;

import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;
import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Meters for the durable jobs. Per task, db-scheduler's own {@link MicrometerStatsRegistry}
 * ({@code dbscheduler_task_completions_total{task,result}}, {@code dbscheduler_task_duration_seconds},
 * last run); beside it, what that registry drops: the scheduler's own events (unexpected errors,
 * dead executions, failed heartbeats, unresolved tasks) and how picked candidates ended (another
 * instance got there first, or the row was stale), as {@code dbscheduler_scheduler_events_total{event}}
 * and {@code dbscheduler_candidates_total{event}}.
 */
public final class SchedulerMeters implements StatsRegistry {
    private final MicrometerStatsRegistry tasks;
    private final Map<SchedulerStatsEvent, Counter> scheduler = new EnumMap<>(SchedulerStatsEvent.class);
    private final Map<CandidateStatsEvent, Counter> candidates = new EnumMap<>(CandidateStatsEvent.class);

    public SchedulerMeters(MeterRegistry meters) {
        this.tasks = new MicrometerStatsRegistry(meters, List.of());
        for (var event : SchedulerStatsEvent.values()) {
            scheduler.put(event, Counter.builder("dbscheduler.scheduler.events")
                    .description("Scheduler events: errors, dead executions, heartbeats, polling passes.")
                    .tag("event", event.name().toLowerCase(Locale.ROOT)).register(meters));
        }
        for (var event : CandidateStatsEvent.values()) {
            candidates.put(event, Counter.builder("dbscheduler.candidates")
                    .description("Due executions picked, by how they ended.")
                    .tag("event", event.name().toLowerCase(Locale.ROOT)).register(meters));
        }
    }

    @Override
    public void register(SchedulerStatsEvent e) {
        scheduler.get(e).increment();
    }

    @Override
    public void register(CandidateStatsEvent e) {
        candidates.get(e).increment();
    }

    @Override
    public void register(ExecutionStatsEvent e) {
        // completions are counted per task below, with their result
    }

    /**
     * Synchronized: the delegate creates a task's meters on its first completion in a plain
     * {@code HashMap}, and the scheduler completes executions on several threads.
     */
    @Override
    public synchronized void registerSingleCompletedExecution(ExecutionComplete completeEvent) {
        tasks.registerSingleCompletedExecution(completeEvent);
    }
}
