package dev.gatehouse.engine.replies.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the machine-readable part of a delivery status notification (RFC 3464 message/delivery-status). */
final class DeliveryStatusParser {
    /** A status field longer than this is not a report a mail server wrote: the rest is dropped. */
    private static final int MAX_FIELD_CHARS = 1_000;
    private static final Pattern STATUS_IN_TEXT = Pattern.compile("\\b([245]\\.\\d{1,3}\\.\\d{1,3})\\b");

    private DeliveryStatusParser() {
    }

    /** The first failed recipient's report, else the first recipient's, from the status part's text. */
    static Optional<Bounce> parse(String deliveryStatus, String originalMessageId) {
        List<Map<String, String>> blocks = blocks(deliveryStatus);
        Map<String, String> chosen = null;
        for (Map<String, String> block : blocks) {
            if (chosen == null && (block.containsKey("final-recipient") || block.containsKey("status"))) chosen = block;
            if ("failed".equalsIgnoreCase(block.get("action"))) {
                chosen = block;
                break;
            }
        }
        if (chosen == null) return Optional.empty();
        String recipient = addressPart(chosen.getOrDefault("final-recipient", chosen.get("original-recipient")));
        String status = statusCode(chosen.get("status"));
        return Optional.of(new Bounce(recipient, status, lower(chosen.get("action")),
                chosen.get("diagnostic-code"), originalMessageId));
    }

    /** A best-effort status from a free-text bounce without a delivery-status part. */
    static String statusInText(String text) {
        Matcher m = STATUS_IN_TEXT.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!m.group(1).startsWith("2")) return m.group(1);
        }
        return null;
    }

    /**
     * Field blocks separated by blank lines; folded lines joined (in a builder: appending to a
     * string would copy the field once per continuation line); names lower-case.
     */
    private static List<Map<String, String>> blocks(String text) {
        List<Map<String, String>> blocks = new ArrayList<>();
        Map<String, StringBuilder> current = new LinkedHashMap<>();
        StringBuilder last = null;
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) blocks.add(strings(current));
                current = new LinkedHashMap<>();
                last = null;
            } else if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                if (last.length() < MAX_FIELD_CHARS) last.append(' ').append(line.strip());
            } else {
                int colon = line.indexOf(':');
                if (colon <= 0) continue;
                String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                // a repeated field keeps its first value (and continues it, as before)
                last = current.computeIfAbsent(key, k -> new StringBuilder(line.substring(colon + 1).trim()));
            }
        }
        if (!current.isEmpty()) blocks.add(strings(current));
        return blocks;
    }

    private static Map<String, String> strings(Map<String, StringBuilder> fields) {
        Map<String, String> block = new LinkedHashMap<>();
        fields.forEach((key, value) -> block.put(key, value.substring(0, Math.min(value.length(), MAX_FIELD_CHARS))));
        return block;
    }

    /** {@code "rfc822; a@b"} gives {@code "a@b"}. */
    private static String addressPart(String field) {
        if (field == null) return null;
        int semi = field.indexOf(';');
        String address = (semi >= 0 ? field.substring(semi + 1) : field).trim();
        address = address.replaceAll("^<|>$", "");
        return address.isEmpty() ? null : address;
    }

    private static String statusCode(String field) {
        if (field == null) return null;
        Matcher m = STATUS_IN_TEXT.matcher(field);
        return m.find() ? m.group(1) : field.trim();
    }

    private static String lower(String value) {
        return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
    }
}
