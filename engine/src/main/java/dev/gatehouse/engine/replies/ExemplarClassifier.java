package dev.gatehouse.engine.replies;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Nearest-exemplar scoring: a label's score blends the similarity to its centroid with the mean
 * of its {@value #TOP_K} closest exemplars. Exemplar embeddings are computed once, here.
 */
public final class ExemplarClassifier {

    static final int TOP_K = 3;

    private final EmbeddingModel model;
    private final Map<ReplyLabel, float[][]> vectors = new EnumMap<>(ReplyLabel.class);
    private final Map<ReplyLabel, float[]> centroids = new EnumMap<>(ReplyLabel.class);

    public ExemplarClassifier(EmbeddingModel model, List<Exemplar> exemplars) {
        this.model = Objects.requireNonNull(model, "model");
        if (exemplars.isEmpty()) throw new IllegalArgumentException("no exemplars");
        var segments = exemplars.stream().map(e -> TextSegment.from(e.text())).toList();
        var embedded = model.embedAll(segments).content();
        var byLabel = new EnumMap<ReplyLabel, List<float[]>>(ReplyLabel.class);
        for (int i = 0; i < exemplars.size(); i++) {
            byLabel.computeIfAbsent(exemplars.get(i).label(), l -> new ArrayList<>())
                    .add(normalized(embedded.get(i).vector()));
        }
        byLabel.forEach((label, list) -> {
            vectors.put(label, list.toArray(float[][]::new));
            centroids.put(label, centroid(list));
        });
    }

    /** Labels ranked by score, best first. */
    public List<Scored> rank(String text) {
        var query = normalized(model.embed(text).content().vector());
        var ranked = new ArrayList<Scored>();
        vectors.forEach((label, examples) -> {
            var sims = new double[examples.length];
            for (int i = 0; i < examples.length; i++) sims[i] = dot(query, examples[i]);
            Arrays.sort(sims);
            double top = 0;
            int k = Math.min(TOP_K, sims.length);
            for (int i = 0; i < k; i++) top += sims[sims.length - 1 - i];
            ranked.add(new Scored(label, 0.5 * top / k + 0.5 * dot(query, centroids.get(label))));
        });
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        return List.copyOf(ranked);
    }

    public record Scored(ReplyLabel label, double score) {
    }

    private static float[] centroid(List<float[]> list) {
        var sum = new float[list.get(0).length];
        for (var v : list) for (int i = 0; i < sum.length; i++) sum[i] += v[i];
        return normalized(sum);
    }

    private static float[] normalized(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        var out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / (norm == 0 ? 1 : norm));
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
