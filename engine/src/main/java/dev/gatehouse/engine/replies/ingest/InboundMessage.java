package dev.gatehouse.engine.replies.ingest;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One received email, reduced to what triage and threading need. Message-IDs are canonical
 * ({@code <id@host>}); {@code references} is oldest first as in the header. {@code text} is the
 * new part of the message with quoted history removed; {@code fullText} keeps everything.
 * Header names are lower-case.
 */
public record InboundMessage(String messageId, String inReplyTo, List<String> references, String from,
                             List<String> to, String subject, String text, String fullText,
                             Map<String, List<String>> headers, Instant receivedAt, Optional<Bounce> bounce,
                             boolean autoReply, Optional<CalendarInvite> calendarInvite) {
    public InboundMessage {
        references = List.copyOf(Objects.requireNonNullElse(references, List.of()));
        to = List.copyOf(Objects.requireNonNullElse(to, List.of()));
        subject = Objects.requireNonNullElse(subject, "");
        text = Objects.requireNonNullElse(text, "");
        fullText = Objects.requireNonNullElse(fullText, text);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Objects.requireNonNullElse(headers, Map.<String, List<String>>of())
                .forEach((k, v) -> copy.merge(k.toLowerCase(Locale.ROOT), List.copyOf(v),
                        (a, b) -> Stream.concat(a.stream(), b.stream()).toList()));
        headers = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(receivedAt, "receivedAt");
        bounce = Objects.requireNonNullElse(bounce, Optional.empty());
        calendarInvite = Objects.requireNonNullElse(calendarInvite, Optional.empty());
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }
}
