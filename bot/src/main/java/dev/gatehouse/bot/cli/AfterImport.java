package dev.gatehouse.bot.cli;

/**
 * What runs once after an import, instead of a job per row: re-scoring the accounts the import
 * touched (their new signals are newer than their scores, so they are stale), and through the
 * daily plan, drafting for the best of them. The import itself leaves that state and nothing else.
 *
 * <p>The command line {@linkplain #queued queues} it as one durable job for the running server, which
 * re-scores in chunks beside its other work and shows the progress in {@code /pipeline}.
 */
@FunctionalInterface
public interface AfterImport {
    /** Does nothing: the touched accounts stay stale until something re-scores them. */
    AfterImport NONE = (workspace, reason, progress) -> { };

    /** How far the re-score is: {@code done} of {@code total} accounts. */
    @FunctionalInterface
    interface Progress {
        void update(long done, long total);
    }

    void rescore(dev.gatehouse.engine.Workspace workspace, String reason, Progress progress);

    /** Records the re-score run and schedules it as one job in the import's database; says so on {@code out}. */
    static AfterImport queued(java.io.PrintStream out) {
        return (workspace, reason, progress) -> {
            long run = workspace.requestRescore(reason);
            out.println("re-score of the accounts the import touched queued (run " + run
                    + "): the running bot works it off and drafts today's plan from it; /pipeline shows how far it is");
        };
    }
}
