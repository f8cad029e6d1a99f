package dev.gatehouse.engine.replies.ingest;

import java.util.regex.Pattern;

/** Plain text from an HTML-only email: good enough for triage, not a renderer. */
final class HtmlText {
    private static final Pattern DROP = Pattern.compile("(?is)<(script|style|head)[^>]*>.*?</\\1>");
    private static final Pattern QUOTE = Pattern.compile("(?is)<blockquote[^>]*>.*?</blockquote>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</li>|</tr>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private HtmlText() {
    }

    static String toText(String html) {
        String text = DROP.matcher(html).replaceAll("");
        text = QUOTE.matcher(text).replaceAll(m -> quoted(m.group()));
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** Blockquoted history becomes "> " lines so the quote stripper removes it like plain-text quotes. */
    private static String quoted(String blockquote) {
        String inner = TAG.matcher(BREAK.matcher(blockquote).replaceAll("\n")).replaceAll("");
        return java.util.regex.Matcher.quoteReplacement(
                "\n> " + String.join("\n> ", inner.strip().split("\n")) + "\n");
    }
}
