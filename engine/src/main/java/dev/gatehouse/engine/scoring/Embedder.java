package dev.gatehouse.engine.scoring;

/** Turns text into a vector. Implementations are thread-safe; callers may keep the returned array. */
public interface Embedder {
    float[] embed(String text);

    /** Stored next to every vector so vectors from different models are never compared. */
    String modelName();

    /** Seeds a cache with a vector stored earlier (keyed by {@link Vectors#textHash}); a no-op without one. */
    default void preload(String textHash, float[] vector) {
    }
}
