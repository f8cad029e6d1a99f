package dev.gatehouse.engine.plan;

/** Told after every chunk of a re-score (and once when it ends) how far it got. */
@FunctionalInterface
public interface RescoreProgress {
    RescoreProgress NONE = run -> {
    };

    void progress(RescoreRun run);
}
