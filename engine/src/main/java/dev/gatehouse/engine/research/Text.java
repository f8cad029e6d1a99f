package dev.gatehouse.engine.research;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Small text helpers shared by research and the offline writer: tokens, numbers, similarity. */
public final class Text {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])[$€£]?\\d[\\d.,]*(?:%|[kKmMbB]\\b)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "with", "from", "that", "this", "its",
            "has", "have", "are", "was", "were", "our", "your", "their", "into", "about", "after", "over", "more",
            "new", "will", "who", "all", "but", "not", "you", "they", "them", "than", "also", "out", "per", "via");

    private Text() {
    }

    /** Whitespace collapsed, trailing full stop or exclamation removed. */
    public static String clean(String text) {
        var s = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        while (!s.isEmpty() && ".!;, ".indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1);
        return s;
    }

    /** Number tokens ("$12M", "40%", "2026-09-14" gives "2026", "09", "14" parts as written). */
    public static Set<String> numbers(String text) {
        var found = new LinkedHashSet<String>();
        var m = NUMBER.matcher(text == null ? "" : text);
        while (m.find()) found.add(stripTrailing(m.group()));
        return found;
    }

    /** Lower-cased words of three letters or more, minus common function words. */
    public static Set<String> contentWords(String text) {
        var found = new LinkedHashSet<String>();
        var m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            var w = m.group();
            if (w.length() >= 3 && !STOPWORDS.contains(w)) found.add(w);
        }
        return found;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        var union = new LinkedHashSet<>(a);
        union.addAll(b);
        long common = a.stream().filter(b::contains).count();
        return (double) common / union.size();
    }

    /** Words as a reader counts them: whitespace-separated tokens holding a letter or digit. */
    public static int wordCount(String text) {
        if (text == null || text.isBlank()) return 0;
        int n = 0;
        for (var token : text.strip().split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) n++;
        }
        return n;
    }

    private static String stripTrailing(String s) {
        var out = s;
        while (!out.isEmpty() && (out.endsWith(".") || out.endsWith(","))) out = out.substring(0, out.length() - 1);
        return out;
    }
}
