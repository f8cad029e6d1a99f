package dev.gatehouse.engine.doctor;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The {@code tag=value; tag=value} lists of DKIM keys and DMARC records (RFC 6376 §3.2). */
final class Tags {
    private Tags() {
    }

    static Map<String, String> parse(String record) {
        var tags = new LinkedHashMap<String, String>();
        for (var part : record.split(";")) {
            var eq = part.indexOf('=');
            if (eq <= 0) continue;
            var value = part.substring(eq + 1).replaceAll("\\s+", "");
            tags.putIfAbsent(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), value);
        }
        return tags;
    }
}
