package dev.gatehouse.engine.scoring;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
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
 *
 * <p>Each embedding runs on the calling thread alone ({@link #singleThreaded}): ONNX Runtime's default
 * splits one small inference over every core and keeps the helpers spinning between operators, which
 * on two cores doubled the CPU time of a reply's triage (18.6 against 8.6 ms per embedding, under
 * load) for bit-identical vectors. Batches still use every core: LangChain4j spreads {@code embedAll}
 * over a thread per core.
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
                    loaded = new Loaded(encoder(unpacked(dir, MODEL), unpacked(dir, TOKENIZER)));
                }
            }
        }
        return loaded;
    }

    private static OnnxBertBiEncoder encoder(Path model, Path tokenizer) {
        var environment = OrtEnvironment.getEnvironment();
        try (var options = singleThreaded(); var tokenizerJson = Files.newInputStream(tokenizer)) {
            var session = environment.createSession(model.toString(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizerJson, PoolingMode.MEAN);
        } catch (OrtException e) {
            throw new IllegalStateException("could not open the embedding model " + model, e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the tokenizer " + tokenizer, e);
        }
    }

    /** One intra-op and one inter-op thread: the caller's. */
    static OrtSession.SessionOptions singleThreaded() throws OrtException {
        var options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        return options;
    }

    /** LangChain4j's in-process model over our encoder ({@code embedAll} runs a batch on a thread per core). */
    private static final class Loaded extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Loaded(OnnxBertBiEncoder encoder) {
            super(null);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
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
