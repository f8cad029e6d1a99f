package dev.gatehouse.engine.scoring;

import org.apache.commons.codec.digest.DigestUtils;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Vector helpers. The byte form (little-endian IEEE 754 floats, 4 bytes each) is what a
 * {@code bytea} column stores; the text hash is the cache and storage key.
 */
public final class Vectors {
    private Vectors() {
    }

    /** Lower-case hex SHA-256 of the UTF-8 text. */
    public static String textHash(String text) {
        return DigestUtils.sha256Hex(text);
    }

    public static byte[] toBytes(float[] vector) {
        var buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    public static float[] fromBytes(byte[] bytes) {
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("length " + bytes.length + " is not a multiple of 4");
        }
        var vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    /** Cosine similarity −1..1; 0 when either vector is all zeros. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimensions differ: " + a.length + " vs " + b.length);
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }
}
