package dev.gatehouse.bot.cli;

/**
 * What runs once after an import, instead of a job per row: re-scoring the accounts the import
 * touched (their new signals are newer than their scores, so they are stale), and through the
 * daily plan, drafting for the best of them. The import itself leaves that state and nothing else.
 *
 * <p>MERGE POINT: this is the one call site for the follow-on work. It is meant to be
 * {@code Engine.rescoreStale(reason, listener)} (synchronous, with progress); until that exists it is
 * wired to {@link #NONE} in {@link Cli}.
 */
@FunctionalInterface
public interface AfterImport {
    /** Does nothing: the touched accounts stay stale until something re-scores them. */
    AfterImport NONE = (reason, progress) -> { };

    /** How far the re-score is: {@code done} of {@code total} accounts. */
    @FunctionalInterface
    interface Progress {
        void update(long done, long total);
    }

    void rescore(String reason, Progress progress);
}
