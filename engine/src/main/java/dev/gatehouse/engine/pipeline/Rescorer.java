package dev.gatehouse.engine.pipeline;

import dev.gatehouse.engine.plan.RescoreProgress;
import dev.gatehouse.engine.plan.RescoreRun;
import dev.gatehouse.engine.scoring.IcpScorer;
import dev.gatehouse.engine.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-scores every stale account — no score, a score from another ICP version, or a signal newer
 * than the score — in chunks of {@code chunk} accounts, one transaction each, recording the
 * progress in {@code rescore_runs} after every chunk so other work and other screens go on.
 */
public final class Rescorer {
    private static final Logger log = LoggerFactory.getLogger(Rescorer.class);
    public static final int CHUNK = 1_000;

    private final Stores stores;
    private final Pipeline pipeline;
    private final int chunk;

    public Rescorer(Stores stores, Pipeline pipeline, int chunk) {
        this.stores = stores;
        this.pipeline = pipeline;
        this.chunk = chunk;
    }

    /** Records a new run with how many accounts are stale now; {@link #run} does the work. */
    public long open(String reason) {
        return open(stores, reason);
    }

    /** {@link #open(String)} without a pipeline: a process that only schedules the run (the command line). */
    public static long open(Stores stores, String reason) {
        int total = stores.playbook().currentIcp().map(icp -> stores.plan().countStale(icp.version())).orElse(0);
        return stores.plan().startRun(reason, total);
    }

    /** Re-scores the stale accounts under run {@code runId}, telling {@code listener} after each chunk. */
    public RescoreRun run(long runId, RescoreProgress listener) {
        var icp = stores.playbook().currentIcp();
        var plan = stores.plan();
        if (icp.isPresent()) {
            var scorer = new IcpScorer(icp.get().value());
            int version = icp.get().version();
            int total = plan.run(runId).orElseThrow().total();
            int done = 0;
            long after = 0;
            for (var ids = plan.stale(version, after, chunk); !ids.isEmpty(); ids = plan.stale(version, after, chunk)) {
                var batch = ids;
                stores.inTransaction(s -> {
                    for (var id : batch) {
                        var account = s.accounts().account(id).orElseThrow();
                        pipeline.rescore(s, account, pipeline.pickContact(account, null, scorer).orElse(null), scorer);
                    }
                    return null;
                });
                done += ids.size();
                after = ids.getLast();
                total = Math.max(total, done);
                plan.progress(runId, total, done);
                listener.progress(plan.run(runId).orElseThrow());
            }
            plan.progress(runId, done, done);
        }
        plan.finish(runId);
        var run = plan.run(runId).orElseThrow();
        listener.progress(run);
        log.info("Re-score {} ({}) done: {} accounts", runId, run.reason(), run.done());
        return run;
    }
}
