package dev.gatehouse.bot.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text helpers for Slack: mrkdwn escaping, links, mentions, dates and length limits that never
 * cut a surrogate pair, an escape entity or one of our own {@code <...>} tokens in half.
 */
public final class Text {
    public static final String ELLIPSIS = "…";
    public static final String TRUNCATED_NOTE = "(truncated to fit Slack)";
    private static final Pattern SLACK_USER = Pattern.compile("[UW][A-Z0-9]{2,}");
    private static final DateTimeFormatter FALLBACK =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Text() {
    }

    /** Escapes the three characters Slack's mrkdwn treats as control characters. */
    public static String escape(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A mrkdwn link, or the escaped text alone when the URL is missing or not http(s). */
    public static String link(String url, String text) {
        var label = escape(text).replace("|", "¦");
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) return label;
        var safeUrl = url.replace("<", "%3C").replace(">", "%3E").replace("|", "%7C").replace(" ", "%20");
        return "<" + safeUrl + "|" + label + ">";
    }

    /** {@code <@U123>} for a Slack user id; anything else is shown as escaped text. */
    public static String mention(String actor) {
        if (actor != null && SLACK_USER.matcher(actor).matches()) return "<@" + actor + ">";
        return escape(actor == null ? "someone" : actor);
    }

    /** Slack date formatting: each reader sees the time in their own zone; the fallback is UTC. */
    public static String date(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} {time}|" + FALLBACK.format(at) + ">";
    }

    /** A day in Slack date formatting (reader's zone), with an ISO date in UTC as fallback. */
    public static String day(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short}|" + at.atZone(ZoneOffset.UTC).toLocalDate() + ">";
    }

    /** Cuts plain text to at most {@code max} chars, ending with an ellipsis when cut. */
    public static String truncate(String s, int max) {
        if (s == null) return "";
        if (s.length() <= max) return s;
        return cut(s, max - ELLIPSIS.length()) + ELLIPSIS;
    }

    /** Like {@link #truncate} but for mrkdwn: never leaves half an entity or half a link. */
    public static String truncateMrkdwn(String s, int max) {
        if (s == null) return "";
        if (s.length() <= max) return s;
        return cutMrkdwn(s, max - ELLIPSIS.length()) + ELLIPSIS;
    }

    /** Truncates with {@link #TRUNCATED_NOTE} on a line of its own; {@code mrkdwn} picks the cutting rule. */
    public static String truncateWithNote(String s, int max, boolean mrkdwn) {
        if (s == null) return "";
        if (s.length() <= max) return s;
        var note = "\n" + TRUNCATED_NOTE;
        int room = max - note.length() - ELLIPSIS.length();
        var head = mrkdwn ? cutMrkdwn(s, room) : cut(s, room);
        return head + ELLIPSIS + note;
    }

    /** The longest prefix of at most {@code max} UTF-16 units that does not split a surrogate pair. */
    static String cut(String s, int max) {
        if (s.length() <= max) return s;
        int end = Math.max(0, max);
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    private static String cutMrkdwn(String s, int max) {
        var head = cut(s, max);
        int open = head.lastIndexOf('<');
        if (open > head.lastIndexOf('>')) head = head.substring(0, open);
        int amp = head.lastIndexOf('&');
        if (amp >= 0 && head.indexOf(';', amp) < 0) head = head.substring(0, amp);
        return head;
    }
}
