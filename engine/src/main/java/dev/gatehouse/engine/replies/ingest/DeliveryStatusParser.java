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

    /** Field blocks separated by blank lines; folded lines joined; names lower-case. */
    private static List<Map<String, String>> blocks(String text) {
        List<Map<String, String>> blocks = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        String lastKey = null;
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) blocks.add(current);
                current = new LinkedHashMap<>();
                lastKey = null;
            } else if ((line.startsWith(" ") || line.startsWith("\t")) && lastKey != null) {
                current.merge(lastKey, " " + line.strip(), String::concat);
            } else {
                int colon = line.indexOf(':');
                if (colon <= 0) continue;
                lastKey = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                current.putIfAbsent(lastKey, line.substring(colon + 1).trim());
            }
        }
        if (!current.isEmpty()) blocks.add(current);
        return blocks;
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
