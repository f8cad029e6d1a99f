package dev.gatehouse.bot.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long email body over several plain_text_inputs (Slack caps each at 3000 chars) and
 * joins them back. Splits fall between paragraphs, so a body of paragraphs that each fit in one
 * input round-trips exactly; a single paragraph longer than an input is cut at a space and comes
 * back as two paragraphs.
 */
public final class BodyChunks {
    static final String PARAGRAPH = "\n\n";

    private BodyChunks() {
    }

    public static List<String> split(String body, int max) {
        var chunks = new ArrayList<String>();
        var current = new StringBuilder();
        for (var paragraph : pieces(body, max)) {
            int needed = current.isEmpty() ? paragraph.length() : current.length() + PARAGRAPH.length() + paragraph.length();
            if (needed > max && !current.isEmpty()) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) current.append(PARAGRAPH);
            current.append(paragraph);
        }
        if (!current.isEmpty() || chunks.isEmpty()) chunks.add(current.toString());
        return chunks;
    }

    /** Joins the inputs' values in order, skipping empty ones. */
    public static String join(List<String> parts) {
        return String.join(PARAGRAPH, parts.stream().filter(p -> p != null && !p.isBlank())
                .map(BodyChunks::trimNewlines).toList());
    }

    /** Paragraphs, with any paragraph longer than {@code max} cut at the last space that fits. */
    private static List<String> pieces(String body, int max) {
        var out = new ArrayList<String>();
        for (var paragraph : body.split(PARAGRAPH, -1)) {
            var rest = paragraph;
            while (rest.length() > max) {
                var head = Text.cut(rest, max);
                int space = head.lastIndexOf(' ');
                if (space > 0) {
                    out.add(rest.substring(0, space));
                    rest = rest.substring(space + 1);
                } else {
                    out.add(head);
                    rest = rest.substring(head.length());
                }
            }
            out.add(rest);
        }
        return out;
    }

    private static String trimNewlines(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '\n' || s.charAt(start) == '\r')) start++;
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }
}
