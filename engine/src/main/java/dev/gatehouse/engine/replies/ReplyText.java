package dev.gatehouse.engine.replies;

import java.util.ArrayList;
import java.util.regex.Pattern;

/** Extracts what the prospect actually wrote: quoted lines and earlier messages are dropped. */
public final class ReplyText {

    private static final Pattern ATTRIBUTION =
            Pattern.compile("\\bOn\\s[^\\n]{1,200}?\\swrote:");
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^On\\s.{1,200}$");
    private static final Pattern HISTORY_MARKER = Pattern.compile(
            "(?im)^(-{2,}\\s*Original Message\\s*-{2,}|_{10,}|-{2,}\\s*Forwarded message\\s*-{2,}|From:\\s.+\\R(Sent|Date):\\s.+)");

    private ReplyText() {
    }

    /** The new part of a reply body: no {@code >} lines, nothing after "On … wrote:". */
    public static String fresh(String body) {
        if (body == null || body.isBlank()) return "";
        var text = body.replace("\r\n", "\n").replace('\r', '\n');
        text = cutAt(text, ATTRIBUTION.matcher(text));
        text = cutAt(text, HISTORY_MARKER.matcher(text));
        var kept = new ArrayList<String>();
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            var trimmed = line.stripLeading();
            if (trimmed.startsWith(">")) continue;
            if (trimmed.startsWith("On") && ATTRIBUTION_START.matcher(trimmed).matches() && i + 1 < lines.length
                    && lines[i + 1].strip().toLowerCase().startsWith("wrote:")) {
                break;
            }
            kept.add(line);
        }
        return String.join("\n", kept).strip();
    }

    private static String cutAt(String text, java.util.regex.Matcher matcher) {
        return matcher.find() ? text.substring(0, matcher.start()) : text;
    }
}
