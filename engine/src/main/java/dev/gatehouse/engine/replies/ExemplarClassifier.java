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
 * of its {@value #TOP_K} closest exemplars. Exemplar embeddings are computed once, here. Each
 * exemplar belongs to the language it is written in; a reply is compared with the exemplars of its
 * own language, and with the English ones for labels that language has none of.
 */
public final class ExemplarClassifier {

    static final int TOP_K = 3;

    private final EmbeddingModel model;
    private final Map<Language, Map<ReplyLabel, float[][]>> vectors = new EnumMap<>(Language.class);
    private final Map<Language, Map<ReplyLabel, float[]>> centroids = new EnumMap<>(Language.class);

    public ExemplarClassifier(EmbeddingModel model, List<Exemplar> exemplars) {
        this.model = Objects.requireNonNull(model, "model");
        if (exemplars.isEmpty()) throw new IllegalArgumentException("no exemplars");
        var segments = exemplars.stream().map(e -> TextSegment.from(e.text())).toList();
        var embedded = model.embedAll(segments).content();
        var grouped = new EnumMap<Language, Map<ReplyLabel, List<float[]>>>(Language.class);
        for (int i = 0; i < exemplars.size(); i++) {
            var exemplar = exemplars.get(i);
            grouped.computeIfAbsent(LanguageDetector.detect(exemplar.text()), l -> new EnumMap<>(ReplyLabel.class))
                    .computeIfAbsent(exemplar.label(), l -> new ArrayList<>())
                    .add(normalized(embedded.get(i).vector()));
        }
        var english = grouped.getOrDefault(Language.EN, Map.of());
        for (var language : Language.values()) {
            var byLabel = new EnumMap<ReplyLabel, List<float[]>>(ReplyLabel.class);
            byLabel.putAll(english);
            byLabel.putAll(grouped.getOrDefault(language, Map.of()));
            var labelVectors = new EnumMap<ReplyLabel, float[][]>(ReplyLabel.class);
            var labelCentroids = new EnumMap<ReplyLabel, float[]>(ReplyLabel.class);
            byLabel.forEach((label, list) -> {
                labelVectors.put(label, list.toArray(float[][]::new));
                labelCentroids.put(label, centroid(list));
            });
            vectors.put(language, labelVectors);
            centroids.put(language, labelCentroids);
        }
    }

    /** Labels ranked by score, best first, against the exemplars in the reply's language. */
    public List<Scored> rank(String text) {
        return rank(text, LanguageDetector.detect(text));
    }

    public List<Scored> rank(String text, Language language) {
        var query = normalized(model.embed(text).content().vector());
        var ranked = new ArrayList<Scored>();
        var labelCentroids = centroids.get(language);
        vectors.get(language).forEach((label, examples) -> {
            var sims = new double[examples.length];
            for (int i = 0; i < examples.length; i++) sims[i] = dot(query, examples[i]);
            Arrays.sort(sims);
            double top = 0;
            int k = Math.min(TOP_K, sims.length);
            for (int i = 0; i < k; i++) top += sims[sims.length - 1 - i];
            ranked.add(new Scored(label, 0.5 * top / k + 0.5 * dot(query, labelCentroids.get(label))));
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
