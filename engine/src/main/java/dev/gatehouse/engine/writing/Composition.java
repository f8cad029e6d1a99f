package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.signals.Signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A subject and the sentences of a draft, before the greeting and signature are put around them. */
record Composition(String subject, List<Part> parts) {
    Composition {
        Objects.requireNonNull(subject, "subject");
        parts = List.copyOf(parts);
    }

    String body(String greeting, String signature) {
        var paragraphs = new ArrayList<String>();
        paragraphs.add(greeting);
        for (int p = 0; p <= 2; p++) {
            int paragraph = p;
            var text = parts.stream().filter(x -> x.role().paragraph == paragraph).map(Part::text)
                    .collect(Collectors.joining(" "));
            if (!text.isBlank()) paragraphs.add(text);
        }
        if (!signature.isBlank()) paragraphs.add(signature.strip());
        return String.join("\n\n", paragraphs);
    }

    List<Long> citedSignalIds() {
        return parts.stream().map(Part::signal).filter(Objects::nonNull).map(Signal::id).distinct().toList();
    }
}
