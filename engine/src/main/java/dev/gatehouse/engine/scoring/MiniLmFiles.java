package dev.gatehouse.engine.scoring;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The bundled all-MiniLM-L6-v2 model, opened by ONNX Runtime from a file rather than from bytes on
 * the Java heap: LangChain4j's ready-made class reads the 90 MB model into heap arrays, which made
 * the heap grow to about 400 MB while it loaded (the bot's memory peak). The model and tokenizer are
 * streamed once from the jar into a folder under the temporary directory and reused while their
 * sizes match. One model per JVM, as the ready-made class keeps it.
 */
final class MiniLmFiles {
    private static final String MODEL = "all-minilm-l6-v2.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";
    private static volatile EmbeddingModel loaded;

    private MiniLmFiles() {
    }

    static EmbeddingModel model() {
        if (loaded == null) {
            synchronized (MiniLmFiles.class) {
                if (loaded == null) {
                    var dir = Path.of(System.getProperty("java.io.tmpdir"), "gatehouse-models");
                    loaded = new OnnxEmbeddingModel(unpacked(dir, MODEL), unpacked(dir, TOKENIZER), PoolingMode.MEAN);
                }
            }
        }
        return loaded;
    }

    /** The resource as a file in {@code dir}: copied (streamed, then moved into place) unless already there. */
    private static Path unpacked(Path dir, String resource) {
        try {
            var connection = MiniLmFiles.class.getClassLoader().getResource(resource);
            if (connection == null) throw new IllegalStateException(resource + " is not on the class path");
            var size = connection.openConnection().getContentLengthLong();
            var file = dir.resolve(resource);
            if (Files.isRegularFile(file) && Files.size(file) == size) return file;
            Files.createDirectories(dir);
            var partial = Files.createTempFile(dir, resource, ".part");
            try (var in = connection.openStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the embedding model's " + resource, e);
        }
    }
}
