package dev.gatehouse.engine.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import java.util.Objects;

/**
 * Embeds with a model running in this JVM (by default all-MiniLM-L6-v2, loaded from its Maven
 * jar, no network) behind a Caffeine cache keyed by {@link Vectors#textHash}, the same key a
 * PostgreSQL cache table would use.
 */
public final class InProcessEmbedder implements Embedder {
    public static final String MINILM = "all-minilm-l6-v2";
    public static final long DEFAULT_CACHE_ENTRIES = 50_000;

    private final EmbeddingModel model;
    private final String modelName;
    private final Cache<String, float[]> cache;

    public InProcessEmbedder(EmbeddingModel model, String modelName, long maxCacheEntries) {
        this.model = Objects.requireNonNull(model, "model");
        this.modelName = Objects.requireNonNull(modelName, "modelName");
        this.cache = Caffeine.newBuilder().maximumSize(maxCacheEntries).recordStats().build();
    }

    /** With the cache's hits, misses and evictions as {@code cache_*{cache="embeddings"}} meters. */
    public InProcessEmbedder(EmbeddingModel model, String modelName, long maxCacheEntries, MeterRegistry meters) {
        this(model, modelName, maxCacheEntries);
        CaffeineCacheMetrics.monitor(meters, cache, "embeddings");
    }

    /** all-MiniLM-L6-v2 (384 dimensions). Loading it takes about a second and ~100 MB. */
    public static InProcessEmbedder miniLm() {
        return new InProcessEmbedder(loadMiniLm(), MINILM, DEFAULT_CACHE_ENTRIES);
    }

    /**
     * Loads the model with DJL's telemetry off: unless told otherwise, DJL (the tokenizer
     * library underneath) probes the EC2 metadata endpoint and reports to an S3 bucket. Both
     * switches only stop network access; model and native tokenizer come from the jars.
     */
    public static EmbeddingModel loadMiniLm() {
        if (System.getProperty("OPT_OUT_TRACKING") == null) System.setProperty("OPT_OUT_TRACKING", "true");
        if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true");
        return MiniLmFiles.model();
    }

    @Override
    public float[] embed(String text) {
        Objects.requireNonNull(text, "text");
        var vector = cache.get(Vectors.textHash(text), hash -> model.embed(text).content().vector());
        return vector.clone();
    }

    /** The cached vector for a text hash, if any, e.g. to persist it. */
    public float[] cached(String textHash) {
        var vector = cache.getIfPresent(textHash);
        return vector == null ? null : vector.clone();
    }

    /** Seeds the cache, e.g. from vectors stored in the database. */
    @Override
    public void preload(String textHash, float[] vector) {
        cache.put(textHash, vector.clone());
    }

    @Override
    public String modelName() {
        return modelName;
    }
}
