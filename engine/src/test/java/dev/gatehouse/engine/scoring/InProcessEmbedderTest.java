package dev.gatehouse.engine.scoring;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessEmbedderTest {

    /** Embeds a text as its length and first character, and records every text it computed. */
    private static final class CountingModel implements EmbeddingModel {
        final List<String> computed = new ArrayList<>();

        @Override
        public Response<Embedding> embed(String text) {
            computed.add(text);
            return Response.from(Embedding.from(new float[] {text.length(), text.charAt(0)}));
        }
    }

    @Test
    void cache_hit_returns_same_vector_without_recomputing() {
        var model = new CountingModel();
        var embedder = new InProcessEmbedder(model, "counting", 100);

        var first = embedder.embed("cold chain logistics");
        var second = embedder.embed("cold chain logistics");

        assertThat(second).containsExactly(first);
        assertThat(model.computed).containsExactly("cold chain logistics");
    }

    @Test
    void caller_changing_a_returned_vector_does_not_change_the_cache() {
        var embedder = new InProcessEmbedder(new CountingModel(), "counting", 100);
        var first = embedder.embed("abc");

        first[0] = 99;

        assertThat(embedder.embed("abc")).containsExactly(3f, 'a');
    }

    @Test
    void cached_vector_is_found_by_text_hash() {
        var embedder = new InProcessEmbedder(new CountingModel(), "counting", 100);

        embedder.embed("warehouse");

        assertThat(embedder.cached(Vectors.textHash("warehouse"))).containsExactly(9f, 'w');
        assertThat(embedder.cached(Vectors.textHash("other"))).isNull();
    }
}
