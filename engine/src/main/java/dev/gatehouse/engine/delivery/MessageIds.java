package dev.gatehouse.engine.delivery;

import org.apache.commons.codec.digest.DigestUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 5322 Message-IDs. The canonical form everywhere in Gatehouse is bracketed and trimmed,
 * {@code <left@right>}; inbound headers are normalised to it before any lookup.
 */
public final class MessageIds {
    private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");

    private MessageIds() {
    }

    /**
     * The fixed Message-ID of a touch: the same touch id and domain always give the same id, so a
     * retried send is the same message. The short hash keeps ids from being trivially enumerable.
     */
    public static String forTouch(long touchId, String domain) {
        if (touchId <= 0) throw new IllegalArgumentException("touchId must be positive");
        String host = Objects.requireNonNull(domain, "domain").trim().toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(host).matches()) throw new IllegalArgumentException("bad domain: " + domain);
        return "<touch-" + touchId + "." + shortHash(touchId + "@" + host) + "@" + host + ">";
    }

    /** {@code " <a@b> "}, {@code "a@b"} and {@code "<<a@b>>"} all become {@code "<a@b>"}; blank gives null. */
    public static String canonical(String id) {
        if (id == null) return null;
        String trimmed = id.trim();
        // a scan, not "[>\s]+$": that regex re-reads a long run of spaces from each of its positions
        int start = 0;
        int end = trimmed.length();
        while (start < end && (trimmed.charAt(start) == '<' || isSpace(trimmed.charAt(start)))) start++;
        while (end > start && (trimmed.charAt(end - 1) == '>' || isSpace(trimmed.charAt(end - 1)))) end--;
        return start == end ? null : "<" + trimmed.substring(start, end) + ">";
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The ids in a References or In-Reply-To header, in header order (oldest first), canonical. */
    public static List<String> parseList(String header) {
        List<String> ids = new ArrayList<>();
        if (header == null || header.isBlank()) return ids;
        Matcher m = BRACKETED.matcher(header);
        while (m.find()) ids.add("<" + m.group(1) + ">");
        if (ids.isEmpty()) {
            for (String token : header.trim().split("\\s+")) {
                if (token.contains("@")) ids.add(canonical(token));
            }
        }
        return ids;
    }

    private static String shortHash(String input) {
        return DigestUtils.sha256Hex(input).substring(0, 10);
    }
}
