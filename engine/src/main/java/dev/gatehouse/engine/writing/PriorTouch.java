package dev.gatehouse.engine.writing;

import java.time.Instant;
import java.util.Objects;

/** A message already sent in the thread, so a follow-up can refer to it. */
public record PriorTouch(int step, String subject, String body, Instant sentAt) {
    public PriorTouch {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
