package dev.gatehouse.engine.replies;

import dev.gatehouse.engine.config.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A labelled example reply the classifier compares new replies against. */
public record Exemplar(ReplyLabel label, String text) {

    public static final String DEFAULT_RESOURCE = "/triage/exemplars.jsonl";

    public Exemplar {
        Objects.requireNonNull(label, "label");
        if (text == null || text.isBlank()) throw new IllegalArgumentException("exemplar text is blank");
    }

    /** Reads {@code {"label":…,"text":…}} lines from a classpath resource. */
    public static List<Exemplar> load(String resource) {
        var stream = Exemplar.class.getResourceAsStream(resource);
        if (stream == null) throw new IllegalStateException("missing resource " + resource);
        var exemplars = new ArrayList<Exemplar>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) continue;
                var node = Json.mapper().readTree(line);
                var label = ReplyLabel.fromWire(node.path("label").asText())
                        .orElseThrow(() -> new IllegalStateException("unknown label in " + node));
                exemplars.add(new Exemplar(label, node.path("text").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(exemplars);
    }
}
