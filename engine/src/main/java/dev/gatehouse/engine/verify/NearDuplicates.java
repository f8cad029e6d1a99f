package dev.gatehouse.engine.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The paragraphs of the day's emails, to tell whether a new draft repeats one of them. Bulk-mail
 * filters cluster messages whose content repeats across recipients, so the same paragraph in every
 * email of the day hurts them all. Each paragraph of {@value #MIN_WORDS} words or more becomes the
 * set of its word 3-grams (lower-case, punctuation dropped); two paragraphs are near-duplicates when
 * the Jaccard similarity of those sets reaches {@value #TOO_SIMILAR}: one value paragraph with only
 * the names swapped scores 0.8 to 0.9, and so does a long value proposition with the same proof point
 * in another frame; with another proof point, or the proposition cut at its first clause, 0.4 to 0.65.
 * Greetings, sign-offs and one-line asks are too short to count. Pure; build one per draft from the
 * day's bodies.
 */
public final class NearDuplicates {
    public static final double TOO_SIMILAR = 0.75;
    static final int MIN_WORDS = 12;
    public static final NearDuplicates NONE = new NearDuplicates(List.of());
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}$€£%]+");

    private final List<Set<String>> seen;

    private NearDuplicates(List<Set<String>> seen) {
        this.seen = seen;
    }

    /** The closest earlier paragraph to one of the draft's, and how much of the wording they share. */
    public record Match(String paragraph, double similarity) {
    }

    public static NearDuplicates of(List<String> bodies) {
        var seen = new ArrayList<Set<String>>();
        for (var body : bodies) {
            for (var paragraph : PARAGRAPHS.split(body)) {
                var shingles = shingles(paragraph);
                if (!shingles.isEmpty()) seen.add(shingles);
            }
        }
        return new NearDuplicates(List.copyOf(seen));
    }

    /** The draft's paragraph that comes closest to one already sent today, if it is a near-duplicate. */
    public Optional<Match> repeated(String body) {
        Match best = null;
        for (var paragraph : PARAGRAPHS.split(body)) {
            var shingles = shingles(paragraph);
            if (shingles.isEmpty()) continue;
            for (var other : seen) {
                double similarity = jaccard(shingles, other);
                if (similarity >= TOO_SIMILAR && (best == null || similarity > best.similarity())) {
                    best = new Match(paragraph.strip(), similarity);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static Set<String> shingles(String paragraph) {
        var words = Arrays.stream(NON_WORD.split(paragraph.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
        if (words.size() < MIN_WORDS) return Set.of();
        var shingles = new HashSet<String>();
        for (int i = 0; i + 3 <= words.size(); i++) shingles.add(String.join(" ", words.subList(i, i + 3)));
        return shingles;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        var small = a.size() <= b.size() ? a : b;
        var large = small == a ? b : a;
        int common = 0;
        for (var s : small) if (large.contains(s)) common++;
        return (double) common / (a.size() + b.size() - common);
    }
}
