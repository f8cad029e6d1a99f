package dev.gatehouse.engine.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.gatehouse.engine.followups.FollowUps;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The durable "draft follow-up step n of thread t at time x" job. The follow_ups row is the
 * truth (a moved due date moves the follow-up); the job only says "look now", so a duplicate or
 * early run is harmless. Give {@link #task()} to the scheduler's known tasks, then {@link #bind}.
 */
public final class FollowUpJobs implements FollowUps.Scheduler {
    private final AtomicReference<FollowUps> followUps = new AtomicReference<>();
    private final OneTimeTask<String> task;
    private final SchedulerClient client;

    public FollowUpJobs(DataSource dataSource) {
        this.task = Tasks.oneTime("draft-follow-up", String.class).execute((instance, ctx) -> {
            var parts = instance.getData().split(":");
            var target = followUps.get();
            if (target == null) throw new IllegalStateException("follow-up jobs are not bound yet");
            target.draftDue(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
        });
        this.client = SchedulerClient.Builder.create(dataSource, List.of(task)).build();
    }

    public OneTimeTask<String> task() {
        return task;
    }

    public void bind(FollowUps target) {
        followUps.set(target);
    }

    @Override
    public void draftAt(long threadTouchId, int step, Instant at) {
        var data = threadTouchId + ":" + step;
        client.scheduleIfNotExists(task.instance(data + "@" + at.toEpochMilli(), data), at);
    }
}
