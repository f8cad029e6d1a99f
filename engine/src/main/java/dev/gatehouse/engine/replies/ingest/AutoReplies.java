package dev.gatehouse.engine.replies.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises machine-sent replies (out-of-office, autoresponders) by their headers: RFC 3834
 * Auto-Submitted, the de-facto X-Autoreply / X-Autorespond, Precedence: auto_reply, and
 * Exchange's X-Auto-Response-Suppress, which Outlook sets on its own automatic replies.
 */
final class AutoReplies {
    private AutoReplies() {
    }

    static boolean isAutoReply(Map<String, List<String>> headers) {
        for (String value : values(headers, "auto-submitted")) {
            if (!value.isBlank() && !value.trim().toLowerCase(Locale.ROOT).startsWith("no")) return true;
        }
        if (!values(headers, "x-autoreply").isEmpty() || !values(headers, "x-autorespond").isEmpty()) return true;
        for (String value : values(headers, "precedence")) {
            if (value.trim().equalsIgnoreCase("auto_reply")) return true;
        }
        for (String value : values(headers, "x-auto-response-suppress")) {
            String v = value.toLowerCase(Locale.ROOT);
            if (v.contains("all") || v.contains("oof") || v.contains("autoreply")) return true;
        }
        return false;
    }

    private static List<String> values(Map<String, List<String>> headers, String name) {
        return headers.getOrDefault(name, List.of());
    }
}
