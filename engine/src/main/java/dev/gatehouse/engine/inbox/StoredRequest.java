package dev.gatehouse.engine.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A verified request as the inbox stored it: the raw body and the headers needed to replay it
 * (names as received; look them up with {@link #header}).
 */
public record StoredRequest(long id, InboxKind kind, Map<String, String> headers, byte[] body, Instant receivedAt) {
    public StoredRequest {
        headers = Map.copyOf(headers);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A header's value, its name matched ignoring case (HTTP header names are case-insensitive). */
    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst();
    }
}
