package dev.gatehouse.engine.replies;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * About a megabyte of text in each shape that makes a backtracking regex take quadratic time:
 * what anyone who can email the mailbox can send.
 */
public final class HostileText {
    public static final int SIZE = 1 << 20;

    private HostileText() {
    }

    /** Plain-text shapes of about a megabyte, by name. */
    public static Map<String, String> plain() {
        return plain(SIZE);
    }

    /** Plain-text shapes of about {@code size} characters, by name. */
    public static Map<String, String> plain(int size) {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("one long token of address characters", "write to " + repeat(size, "abcdefghij.klmnop"));
        shapes.put("a@a@a@…", repeat(size, "a@"));
        shapes.put("an address with a run of domain dots", "x@" + repeat(size, "a.") + "x");
        shapes.put("a run of dots", "x" + repeat(size, ".") + "x");
        shapes.put("a run of dashes", "--" + repeat(size, "-") + "x");
        shapes.put("dashes on every line", repeat(size, "-----\n"));
        shapes.put("a run of spaces after a cue", "ignore" + repeat(size, " ") + "x");
        shapes.put("spaces before a label", "mark this" + repeat(size, " ") + "x");
        shapes.put("newlines", repeat(size, "\n") + "x");
        shapes.put("nested quotes", repeat(size, ">>>>>>>>>> > > > quoted\n"));
        shapes.put("one attribution line that never ends", "On " + repeat(size, "wrote schrieb ") + "x");
        shapes.put("attribution lines", repeat(size, "On Monday Ana wrote wrote:\nwrote\n"));
        shapes.put("return cues", "I am out of office, " + repeat(size, "back to until "));
        shapes.put("send-to addresses", repeat(size, "send it to a@b.co "));
        shapes.put("unsubscribe tokens", repeat(size, "unsubscribe-"));
        shapes.put("Message-ID brackets", repeat(size, "<a<b") + " " + repeat(size, " ") + "x");
        return shapes;
    }

    /** HTML shapes, by name. */
    public static Map<String, String> html() {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("script tags that never close", repeat("<script>"));
        shapes.put("a script tag that never ends", repeat("<script"));
        shapes.put("angle brackets", repeat("<"));
        shapes.put("blockquotes that never close", repeat("<blockquote>"));
        shapes.put("spaces without a line end", "<p>" + repeat(" ") + "x</p>");
        shapes.put("deeply nested blockquotes", repeat("<blockquote><div>") + "hi" + repeat("</div></blockquote>"));
        return shapes;
    }

    public static String repeat(String unit) {
        return repeat(SIZE, unit);
    }

    private static String repeat(int size, String unit) {
        return unit.repeat(size / unit.length());
    }
}
