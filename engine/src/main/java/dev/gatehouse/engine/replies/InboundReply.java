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
 *
 * <p>Anyone who can email the mailbox writes these fields, so each is cut to a fixed length before
 * triage sees it: the subject to {@value #MAX_SUBJECT_CHARS} characters, the body to
 * {@value #MAX_BODY_CHARS} (what a reply says sits in its opening) and the sender to
 * {@value #MAX_FROM_CHARS} (RFC 5321 allows 64 + 1 + 255). The stored message keeps its full text.
 */
public record InboundReply(
        String subject,
        String body,
        String from,
        Map<String, List<String>> headers,
        LocalDate received) {
    public static final int MAX_SUBJECT_CHARS = 1_000;
    public static final int MAX_BODY_CHARS = 20_000;
    public static final int MAX_FROM_CHARS = 320;

    public InboundReply {
        subject = cap(subject == null ? "" : subject, MAX_SUBJECT_CHARS);
        body = cap(body == null ? "" : body, MAX_BODY_CHARS);
        from = cap(from == null ? "" : from.trim(), MAX_FROM_CHARS);
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

    /** The first {@code max} characters, one fewer when the cut would split a surrogate pair. */
    static String cap(String text, int max) {
        if (text.length() <= max) return text;
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
