package dev.gatehouse.engine.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Durable jobs on PostgreSQL (db-scheduler): every arrow in the flow that waits for time or
 * crosses a process boundary is a row in {@code scheduled_tasks}, so a restart loses nothing and
 * several instances share the work. Instance ids are the row ids, so scheduling twice is harmless.
 */
public final class Jobs implements AutoCloseable {
    private static final int BATCH = 5_000;
    /** Mondays at 08:00 (db-scheduler's cron: seconds first). */
    public static final String WEEKLY_DIGEST_CRON = "0 0 8 * * MON";
    private static final Duration PLAN_EVERY = Duration.ofMinutes(15);
    private final JobData data = new JobData();
    private final AtomicReference<JobHandlers> handlers = new AtomicReference<>();
    private final OneTimeTask<Long> processSignal;
    private final OneTimeTask<Long> sendOutbox;
    private final OneTimeTask<FollowUpStep> draftFollowUp;
    private final RecurringTask<Void> sweeper;
    private final RecurringTask<Void> mailboxPoll;
    private final RecurringTask<Void> weeklyDigest;
    private final OneTimeTask<Long> rescore;
    private final OneTimeTask<Long> fillPlan;
    private final RecurringTask<Void> planDaily;
    private final SchedulerClient client;
    private final DataSource dataSource;
    private final Duration pollingInterval;
    private final StatsRegistry stats;
    private volatile Scheduler scheduler;

    public Jobs(DataSource dataSource, Duration pollingInterval, Duration sweepInterval) {
        this(dataSource, pollingInterval, sweepInterval, StatsRegistry.NOOP);
    }

    /** With the scheduler reporting executions and its own events to {@code stats} (meters). */
    public Jobs(DataSource dataSource, Duration pollingInterval, Duration sweepInterval, StatsRegistry stats) {
        this(dataSource, pollingInterval, sweepInterval, stats, java.time.ZoneId.of("UTC"));
    }

    /** With the weekly digest due Mondays at 08:00 in {@code teamZone}. */
    public Jobs(DataSource dataSource, Duration pollingInterval, Duration sweepInterval, StatsRegistry stats,
                java.time.ZoneId teamZone) {
        this.stats = stats;
        this.dataSource = dataSource;
        this.pollingInterval = pollingInterval;
        this.processSignal = Tasks.oneTime("process-signal", Long.class)
                .execute((instance, ctx) -> handlers.get().processSignal(instance.getData()));
        this.sendOutbox = Tasks.oneTime("send-outbox", Long.class)
                .execute((instance, ctx) -> handlers.get().sendOutbox(instance.getData()));
        // the follow_ups row is the truth (a moved due date moves the follow-up); the job only says
        // "look now", so a duplicate or early run is harmless
        this.draftFollowUp = Tasks.oneTime("draft-follow-up", FollowUpStep.class).execute((instance, ctx) ->
                handlers.get().draftFollowUp(instance.getData().threadTouchId(), instance.getData().step()));
        this.sweeper = Tasks.recurring("outbox-sweeper", FixedDelay.of(sweepInterval))
                .execute((instance, ctx) -> handlers.get().sweep());
        this.mailboxPoll = Tasks.recurring("mailbox-poll", FixedDelay.of(pollingInterval.multipliedBy(5)))
                .execute((instance, ctx) -> handlers.get().pollMailbox());
        this.weeklyDigest = Tasks.recurring("weekly-digest", Schedules.cron(WEEKLY_DIGEST_CRON, teamZone))
                .execute((instance, ctx) -> handlers.get().weeklyDigest());
        this.rescore = Tasks.oneTime("rescore-stale", Long.class)
                .execute((instance, ctx) -> handlers.get().rescore(instance.getData()));
        this.fillPlan = Tasks.oneTime("fill-plan", Long.class).execute((instance, ctx) -> handlers.get().fillPlan());
        // the day's plan is filled when the day starts (the first run after midnight UTC finds a fresh
        // budget) and re-read as outcomes come in; one instance runs it at a time
        this.planDaily = Tasks.recurring("fill-plan-daily", FixedDelay.of(PLAN_EVERY))
                .execute((instance, ctx) -> handlers.get().fillPlan());
        this.client = SchedulerClient.Builder.create(dataSource, tasks()).serializer(data).build();
    }

    private List<Task<?>> tasks() {
        return List.of(processSignal, sendOutbox, draftFollowUp, sweeper, mailboxPoll, weeklyDigest, rescore, fillPlan, planDaily);
    }

    public void start(JobHandlers jobHandlers) {
        handlers.set(jobHandlers);
        scheduler = Scheduler.create(dataSource, List.<Task<?>>of(processSignal, sendOutbox, draftFollowUp, rescore, fillPlan))
                .startTasks(sweeper, mailboxPoll, weeklyDigest, planDaily)
                .pollingInterval(pollingInterval)
                .enableImmediateExecution()
                .threads(4)
                .statsRegistry(stats)
                .serializer(data)
                .build();
        scheduler.start();
    }

    /**
     * The running scheduler once started, else the plain client. Scheduling through the scheduler
     * wakes it for work that is due now (immediate execution), so an approved email whose slot is
     * now goes out at once instead of at the next poll; the plain client only writes the row.
     */
    private SchedulerClient scheduling() {
        var running = scheduler;
        return running != null ? running : client;
    }

    public void processSignalLater(long signalId) {
        scheduling().scheduleIfNotExists(processSignal.instance(Long.toString(signalId), signalId), Instant.now());
    }

    /**
     * Queues signals stored just now, many at a time (an import): one batched insert per
     * {@value #BATCH} instead of a round trip each. Only for ids never queued before: a batch does
     * not skip instances that already exist.
     */
    public void processNewSignalsLater(List<Long> signalIds) {
        var now = Instant.now();
        for (int from = 0; from < signalIds.size(); from += BATCH) {
            client.scheduleBatch(signalIds.subList(from, Math.min(signalIds.size(), from + BATCH)).stream()
                    .<TaskInstance<?>>map(id -> processSignal.instance(Long.toString(id), id)).toList(), now);
        }
    }

    /** Re-scores the stale accounts of run {@code runId} in the background, on whichever instance takes it. */
    public void rescoreLater(long runId) {
        scheduling().scheduleIfNotExists(rescore.instance("run-" + runId, runId), Instant.now());
    }

    /**
     * Fills today's plan from the backlog soon. Requests within the same ten seconds share one job,
     * so a burst of re-scores asks once.
     */
    public void fillPlanSoon() {
        long slot = Instant.now().getEpochSecond() / 10;
        scheduling().scheduleIfNotExists(fillPlan.instance("fill-" + slot, slot), Instant.now());
    }

    public void sendAt(long outboxId, Instant at) {
        // one job per (row, time): a retry scheduled from inside a running send gets its own id,
        // and a duplicate job is harmless because claiming the row is conditional
        scheduling().scheduleIfNotExists(sendOutbox.instance(outboxId + "@" + at.toEpochMilli(), outboxId), at);
    }

    /** Drafts follow-up {@code step} of the thread started by {@code threadTouchId} at {@code at}. */
    public void draftFollowUpAt(long threadTouchId, int step, Instant at) {
        // the instance id keeps its old shape, so a step armed before an upgrade is not armed twice
        var id = threadTouchId + ":" + step + "@" + at.toEpochMilli();
        scheduling().scheduleIfNotExists(draftFollowUp.instance(id, new FollowUpStep(threadTouchId, step)), at);
    }

    @Override
    public void close() {
        if (scheduler != null) scheduler.stop();
    }
}
