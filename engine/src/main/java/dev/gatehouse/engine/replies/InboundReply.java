package dev.gatehouse.engine.replies;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A reply as it arrived. The body may still carry quoted history; {@link ReplyText} strips it.
 * Header names are looked up case-insensitively, as RFC 5322 requires.
 */
public record InboundReply(
        String subject,
        String body,
        String from,
        Map<String, List<String>> headers,
        LocalDate received) {

    public InboundReply {
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        from = from == null ? "" : from.trim();
        Objects.requireNonNull(received, "received");
        var copy = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name != null && values != null) copy.merge(name, List.copyOf(values), InboundReply::concat);
            });
        }
        headers = Collections.unmodifiableMap(copy);
    }

    /** A reply with no sender address and no headers, e.g. from a JSON Lines file. */
    public static InboundReply of(String subject, String body, LocalDate received) {
        return new InboundReply(subject, body, "", Map.of(), received);
    }

    public List<String> header(String name) {
        return headers.getOrDefault(name, List.of());
    }

    public Optional<String> firstHeader(String name) {
        return header(name).stream().findFirst().map(String::trim);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
