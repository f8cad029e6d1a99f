package dev.gatehouse.engine.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VectorsTest {

    @Test
    void vector_survives_byte_round_trip() {
        var vector = new float[] {0.25f, -1.5f, 3.1415927f, Float.MIN_VALUE, -0.0f, 1e-7f};

        var bytes = Vectors.toBytes(vector);

        assertThat(bytes).hasSize(vector.length * 4);
        assertThat(Vectors.fromBytes(bytes)).containsExactly(vector);
    }

    @Test
    void text_hash_is_hex_sha256_of_utf8() {
        assertThat(Vectors.textHash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Vectors.textHash("Zürich")).isNotEqualTo(Vectors.textHash("Zurich"));
    }

    @Test
    void cosine_is_one_for_parallel_and_zero_for_orthogonal_vectors() {
        assertThat(Vectors.cosine(new float[] {1, 2, 3}, new float[] {2, 4, 6})).isCloseTo(1.0, within(1e-9));
        assertThat(Vectors.cosine(new float[] {1, 0}, new float[] {0, 5})).isCloseTo(0.0, within(1e-9));
        assertThat(Vectors.cosine(new float[] {0, 0}, new float[] {1, 1})).isZero();
    }
}
