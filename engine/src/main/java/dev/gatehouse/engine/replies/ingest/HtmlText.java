package dev.gatehouse.engine.replies.ingest;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Plain text from an HTML-only email: good enough for triage, not a renderer. The HTML is the
 * sender's, so everything here runs in linear time: elements are found by scanning forward
 * (a regex like {@code <script>.*?</script>} re-scans the rest of the text from every opening
 * tag that never closes) and no pattern re-reads a run from every position inside it.
 */
final class HtmlText {
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*+/?>|</p>|</div>|</li>|</tr>");
    /** A tag ends at the first '>' before any other '<': "<<<<" costs one step per character. */
    private static final Pattern TAG = Pattern.compile("<[^<>]++>");
    /** Spaces at the end of a line, matched from the start of their run only. */
    private static final Pattern TRAILING_SPACE = Pattern.compile("(?<![ \\t])[ \\t]++\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}+");

    private HtmlText() {
    }

    static String toText(String html) {
        String text = html;
        for (String dropped : new String[] {"script", "style", "head"}) text = replaceElements(text, dropped, e -> "");
        text = replaceElements(text, "blockquote", HtmlText::quoted);
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        text = TRAILING_SPACE.matcher(text).replaceAll("\n");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    /** Blockquoted history becomes "> " lines so the quote stripper removes it like plain-text quotes. */
    private static String quoted(String blockquote) {
        String inner = TAG.matcher(BREAK.matcher(blockquote).replaceAll("\n")).replaceAll("");
        return "\n> " + String.join("\n> ", inner.strip().split("\n")) + "\n";
    }

    /**
     * Replaces each {@code <name …>…</name>} (the first closing tag after the opening one, as a
     * lazy regex would) in one forward pass; once an opening or closing tag has no end, none
     * further on can have one either, so the rest is kept as it is.
     */
    static String replaceElements(String html, String name, UnaryOperator<String> replacement) {
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        while (true) {
            int open = tagStart(html, "<" + name, from);
            int openEnd = open < 0 ? -1 : html.indexOf('>', open);
            int close = openEnd < 0 ? -1 : tagStart(html, "</" + name, openEnd + 1);
            int closeEnd = close < 0 ? -1 : html.indexOf('>', close);
            if (closeEnd < 0) break;
            out.append(html, from, open).append(replacement.apply(html.substring(open, closeEnd + 1)));
            from = closeEnd + 1;
        }
        return out.append(html, from, html.length()).toString();
    }

    /** Where {@code prefix} (e.g. "<script") starts as a whole tag name, ignoring case, at or after {@code from}. */
    private static int tagStart(String html, String prefix, int from) {
        for (int at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', at + 1)) {
            int after = at + prefix.length();
            if (html.regionMatches(true, at, prefix, 0, prefix.length())
                    && (after == html.length() || isNameEnd(html.charAt(after)))) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isNameEnd(char c) {
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }
}
