package dev.gatehouse.bot.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A versioned, checksummed list of fields: {@code v1:f1:f2:...:crc}. The checksum is not a
 * secret (Slack's request signature already proves a payload came from Slack); it catches
 * values that were hand-edited, cut short or belong to another format before they reach the engine.
 */
final class Sealed {
    static final String VERSION = "v1";
    private static final char SEP = ':';

    private Sealed() {
    }

    static String seal(List<String> fields) {
        var body = new StringBuilder(VERSION);
        for (var field : fields) {
            if (field.indexOf(SEP) >= 0) throw new IllegalArgumentException("field must not contain ':' : " + field);
            body.append(SEP).append(field);
        }
        var crc = checksum(body.toString());
        return body.append(SEP).append(crc).toString();
    }

    static List<String> open(String sealed, int fieldCount, int maxLength, String what) {
        if (sealed == null || sealed.isBlank()) throw new CodecException(what + " is empty");
        if (sealed.length() > maxLength) throw new CodecException(what + " is longer than " + maxLength + " chars");
        var parts = split(sealed);
        if (!parts.getFirst().equals(VERSION)) {
            throw new CodecException(what + " has unknown version '" + abbreviate(parts.getFirst()) + "'");
        }
        if (parts.size() != fieldCount + 2) {
            throw new CodecException(what + " has " + (parts.size() - 2) + " fields, expected " + fieldCount);
        }
        var crc = parts.getLast();
        var body = sealed.substring(0, sealed.length() - crc.length() - 1);
        if (!checksum(body).equals(crc)) throw new CodecException(what + " failed its checksum (tampered or cut short)");
        return List.copyOf(parts.subList(1, parts.size() - 1));
    }

    static long positiveLong(String field, String what) {
        try {
            long value = Long.parseLong(field);
            if (value <= 0) throw new CodecException(what + " must be positive, was " + value);
            return value;
        } catch (NumberFormatException e) {
            throw new CodecException(what + " is not a number: '" + abbreviate(field) + "'");
        }
    }

    private static List<String> split(String s) {
        var parts = new ArrayList<String>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == SEP) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }

    private static String checksum(String body) {
        var crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "...";
    }
}
