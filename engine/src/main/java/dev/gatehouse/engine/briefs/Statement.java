package dev.gatehouse.engine.briefs;

import java.util.List;
import java.util.Objects;

/** One line of a brief and the stored rows it rests on; a statement without a source cannot exist. */
public record Statement(String text, List<SourceRef> sources, String link) {
    public Statement {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) throw new IllegalArgumentException("a brief statement needs a source: " + text);
    }

    public static Statement of(String text, SourceRef... sources) {
        return new Statement(text, List.of(sources), null);
    }
}
