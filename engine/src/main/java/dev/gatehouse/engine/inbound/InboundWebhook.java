package dev.gatehouse.engine.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.delivery.MessageIds;
import dev.gatehouse.engine.replies.ReplyText;
import dev.gatehouse.engine.replies.ingest.InboundMessage;
import dev.gatehouse.engine.signals.RequestSignature;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The signed inbound-email webhook (a mail provider's "inbound parse" relayed as JSON):
 * {@code {from, to, subject, text, headers, message_id, in_reply_to, references}}, signed like
 * the signals webhook: {@code X-Gatehouse-Timestamp} and {@code X-Gatehouse-Signature}
 * ({@code v1=} HMAC-SHA256 of {@code "v1:<timestamp>:" + body}). The bot owns the HTTP route.
 */
public final class InboundWebhook {
    public static final String TIMESTAMP_HEADER = "X-Gatehouse-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Gatehouse-Signature";

    private final RequestSignature signature;
    private final Clock clock;

    public InboundWebhook(RequestSignature signature, Clock clock) {
        this.signature = signature;
        this.clock = clock;
    }

    public sealed interface Result {
        record Accepted(InboundMessage message) implements Result {
        }

        /** {@code status} is the HTTP status to answer with: 401 for a bad signature, 400 for a bad body. */
        record Rejected(int status, String reason) implements Result {
        }
    }

    public Result parse(String timestampHeader, String signatureHeader, byte[] body) {
        if (!signature.verify(timestampHeader, signatureHeader, body, clock.instant())) {
            return new Result.Rejected(401, "bad or missing signature");
        }
        return read(body, clock.instant());
    }

    /** Reads a body whose signature was checked when it arrived (e.g. one the durable inbox kept). */
    public static Result read(byte[] body, java.time.Instant receivedAt) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (IOException e) {
            return new Result.Rejected(400, "body is not JSON");
        }
        if (root == null || !root.isObject()) return new Result.Rejected(400, "body must be a JSON object");
        var from = InboundProcessor.bare(root.path("from").asText("")).toLowerCase(Locale.ROOT);
        if (!from.contains("@")) return new Result.Rejected(400, "from must be an email address");
        var headers = headers(root.path("headers"));
        var text = root.path("text").asText("");
        var references = new ArrayList<String>();
        strings(root.path("references")).forEach(r -> references.addAll(MessageIds.parseList(r)));
        if (references.isEmpty()) references.addAll(MessageIds.parseList(first(headers, "references")));
        var inReplyTo = Optional.ofNullable(MessageIds.canonical(root.path("in_reply_to").asText(null)))
                .orElse(MessageIds.canonical(first(headers, "in-reply-to")));
        var messageId = Optional.ofNullable(MessageIds.canonical(root.path("message_id").asText(null)))
                .orElse(MessageIds.canonical(first(headers, "message-id")));
        return new Result.Accepted(new InboundMessage(messageId, inReplyTo, references, from,
                strings(root.path("to")), root.path("subject").asText(""), ReplyText.fresh(text), text, headers,
                receivedAt, Optional.empty(), autoReply(headers), Optional.empty()));
    }

    private static Map<String, List<String>> headers(JsonNode node) {
        var headers = new LinkedHashMap<String, List<String>>();
        node.properties().forEach(e -> headers.put(e.getKey().toLowerCase(Locale.ROOT), strings(e.getValue())));
        return headers;
    }

    private static List<String> strings(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) return List.of();
        if (node.isArray()) {
            var values = new ArrayList<String>();
            node.forEach(v -> values.add(v.asText()));
            return values;
        }
        return List.of(node.asText());
    }

    private static String first(Map<String, List<String>> headers, String name) {
        var values = headers.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.getFirst();
    }

    private static boolean autoReply(Map<String, List<String>> headers) {
        var submitted = first(headers, "auto-submitted");
        if (submitted != null && !submitted.trim().toLowerCase(Locale.ROOT).startsWith("no")) return true;
        if (headers.containsKey("x-autoreply") || headers.containsKey("x-autorespond")) return true;
        var precedence = first(headers, "precedence");
        return precedence != null && precedence.trim().equalsIgnoreCase("auto_reply");
    }
}
