package dev.gatehouse.engine.replies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExemplarClassifierTest {

    /** Bag of words hashed into 64 buckets: enough to test ranking without the ONNX model. */
    private static final class BagOfWords implements EmbeddingModel {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            calls.addAndGet(segments.size());
            return Response.from(segments.stream().map(s -> Embedding.from(vector(s.text()))).toList());
        }

        private static float[] vector(String text) {
            var v = new float[64];
            for (var word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
                if (!word.isEmpty()) v[Math.floorMod(word.hashCode(), 64)] += 1;
            }
            return v;
        }
    }

    private static final List<Exemplar> EXEMPLARS = List.of(
            new Exemplar(ReplyLabel.QUESTION, "does it support sso"),
            new Exemplar(ReplyLabel.QUESTION, "does it have an api"),
            new Exemplar(ReplyLabel.NOT_INTERESTED, "no thanks not for us"),
            new Exemplar(ReplyLabel.NOT_INTERESTED, "not interested thanks"));

    @Test
    void nearest_label_ranks_first() {
        var classifier = new ExemplarClassifier(new BagOfWords(), EXEMPLARS);

        var ranked = classifier.rank("does it support saml");

        assertThat(ranked.get(0).label()).isEqualTo(ReplyLabel.QUESTION);
        assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
    }

    @Test
    void exemplars_are_embedded_once_at_construction() {
        var model = new BagOfWords();
        var classifier = new ExemplarClassifier(model, EXEMPLARS);

        classifier.rank("no thanks");
        classifier.rank("does it have sso");

        assertThat(model.calls.get()).isEqualTo(EXEMPLARS.size() + 2);
    }
}
