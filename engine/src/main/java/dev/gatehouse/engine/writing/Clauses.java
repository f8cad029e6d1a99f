package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.research.Text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Fits a signal summary into a sentence without changing its words, numbers or names. */
final class Clauses {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[a-z0-9)])[.!?]\\s+(?=[A-Z])");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\s*(?:[,;]|\\s[—–-]\\s|\\(|\\bwhich\\b|\\bwhile\\b)\\s*");
    private static final Set<String> COMMON_FIRST_WORDS = Set.of("the", "a", "an", "new", "two", "three", "several",
            "its", "their", "our", "your", "recently", "just", "last", "this", "they", "it", "there", "team", "teams",
            "someone", "multiple", "many", "opened", "raised", "hired", "posted", "visited", "started", "joined");
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "and", "or", "of", "on", "to", "in", "for",
            "with", "at", "by", "from", "as", "its", "their");
    /** "raised $4M on 2026-09-14": a machine date reads oddly in an email, and leaving it out claims nothing. */
    private static final Pattern TRAILING_DATE = Pattern.compile("\\s+(?:on|as of)\\s+\\d{4}-\\d{2}-\\d{2}$");
    private static final int SHORT_WORDS = 14;
    private static final int TRIMMED_WORDS = 9;

    private Clauses() {
    }

    /** The summary's first sentence, as a clause ready to follow "Saw that". */
    static String of(String summary, int tighten) {
        var s = Text.clean(summary).replaceAll("[?!]+(?=\\s|$)", ".");
        s = Text.clean(s);
        var sentences = SENTENCE_END.split(s);
        if (sentences.length > 1 && Text.wordCount(sentences[0]) >= 4) s = Text.clean(sentences[0]);
        s = TRAILING_DATE.matcher(s).replaceFirst("");
        if (tighten >= 3) s = firstClause(s);
        if (tighten >= 4) s = firstWords(s, TRIMMED_WORDS);
        return s;
    }

    /** "Dana Reyes joined X as CFO" to "you joined X as CFO", when writing to Dana; the rest stays as written. */
    static String addressedTo(String clause, dev.gatehouse.engine.accounts.Contact contact) {
        for (var name : List.of(contact.fullName(), contact.firstName())) {
            if (!name.isBlank() && clause.startsWith(name + " ")) {
                var rest = clause.substring(name.length() + 1);
                for (var verb : List.of(List.of("is ", "are "), List.of("was ", "were "), List.of("has ", "have "))) {
                    if (rest.startsWith(verb.get(0))) return "you " + verb.get(1) + rest.substring(verb.get(0).length());
                }
                return "you " + rest;
            }
        }
        return clause;
    }

    /** Lower-cases the first word when it is an ordinary word, never a name. */
    static String inline(String clause) {
        if (clause.isEmpty()) return clause;
        int space = clause.indexOf(' ');
        var first = space < 0 ? clause : clause.substring(0, space);
        if (COMMON_FIRST_WORDS.contains(first.toLowerCase(Locale.ROOT)) && !first.equals(first.toUpperCase(Locale.ROOT))) {
            return Character.toLowerCase(clause.charAt(0)) + clause.substring(1);
        }
        return clause;
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String sentence(String text) {
        var s = Text.clean(text);
        return s.endsWith("?") ? s : s + ".";
    }

    /**
     * The leading clause of a long sentence (the manager's words up to the first break), when it is
     * a sizeable part of it; otherwise the sentence as it is.
     */
    static String leadingClause(String sentence, int minWords) {
        var m = CLAUSE_BREAK.matcher(sentence);
        while (m.find()) {
            var head = Text.clean(sentence.substring(0, m.start()));
            if (Text.wordCount(head) >= minWords) return head;
        }
        return sentence;
    }

    private static String firstClause(String s) {
        var m = CLAUSE_BREAK.matcher(s);
        while (m.find()) {
            var head = s.substring(0, m.start()).strip();
            if (Text.wordCount(head) >= 4) return Text.clean(head);
        }
        return firstWords(s, SHORT_WORDS);
    }

    private static String firstWords(String s, int n) {
        var words = s.split("\\s+");
        if (words.length <= n) return s;
        int end = n;
        while (end > 1 && DANGLING.contains(words[end - 1].toLowerCase(Locale.ROOT))) end--;
        return Text.clean(String.join(" ", java.util.Arrays.copyOf(words, end)));
    }
}
