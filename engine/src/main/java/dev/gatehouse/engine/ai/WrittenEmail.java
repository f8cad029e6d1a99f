package dev.gatehouse.engine.ai;

import java.util.List;
import java.util.Objects;

/** What the writer answers: the email and the ids of the signals it relied on. */
record WrittenEmail(String subject, String body, List<Long> citedSignalIds) {
    WrittenEmail {
        if (subject == null || subject.isBlank()) throw new MalformedOutputException("subject must be a non-empty string");
        if (body == null || body.isBlank()) throw new MalformedOutputException("body must be a non-empty string");
        Objects.requireNonNull(citedSignalIds, "citedSignalIds must be an array");
        if (citedSignalIds.contains(null)) throw new MalformedOutputException("citedSignalIds must hold whole numbers");
        subject = subject.strip();
        body = body.strip();
        citedSignalIds = List.copyOf(citedSignalIds);
    }
}
