package dev.gatehouse.engine.writing;

import java.util.List;
import java.util.Objects;

/** An email as a writer produced it, with the signals it cites and who wrote it. */
public record Draft(String subject, String body, List<Long> citedSignalIds, String writer, String model) {
    public Draft {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        citedSignalIds = citedSignalIds == null ? List.of() : List.copyOf(citedSignalIds);
        Objects.requireNonNull(writer, "writer");
    }

    public Draft withText(String newSubject, String newBody) {
        return new Draft(newSubject, newBody, citedSignalIds, writer, model);
    }
}
