package dev.gatehouse.engine.delivery;

import org.apache.commons.codec.binary.Base32;
import java.security.SecureRandom;
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
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base32 BASE32 = new Base32();
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");

    private MessageIds() {
    }

    /**
     * A new Message-ID: 128 random bits in lower-case base32 at the sending domain. It says nothing
     * about how many emails were sent or in which order; the outbox stores it at approval, and
     * whatever needs to know which touch an id belongs to looks it up there.
     */
    public static String random(String domain) {
        String host = Objects.requireNonNull(domain, "domain").trim().toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(host).matches()) throw new IllegalArgumentException("bad domain: " + domain);
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return "<" + BASE32.encodeAsString(bits).replace("=", "").toLowerCase(Locale.ROOT) + "@" + host + ">";
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

}
