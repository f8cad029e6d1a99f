package dev.gatehouse.engine.verify;

import dev.gatehouse.engine.writing.Offer;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.research.Text;
import dev.gatehouse.engine.verify.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks a draft against the manager's playbook rules; pure, and the same for every writer. */
public final class GuardrailCheck {
    public static final int MAX_SUBJECT_CHARS = 60;
    private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://\\S+|\\bwww\\.\\S+");
    private static final Pattern SHOUT_RUN = Pattern.compile("\\b[A-Z]{3,}(?:\\s+[A-Z]{3,})+\\b");
    private static final Pattern SHOUT_WORD = Pattern.compile("\\b[A-Z]{6,}\\b");

    private final int maxLinks;

    public GuardrailCheck() {
        this(1);
    }

    public GuardrailCheck(int maxLinks) {
        if (maxLinks < 0) throw new IllegalArgumentException("maxLinks must not be negative");
        this.maxLinks = maxLinks;
    }

    /** Checks the signature the guardrails set, if any. */
    public List<Problem> check(Draft draft, Guardrails guardrails) {
        return check(draft, guardrails, guardrails.signature());
    }

    /** Checks the sign-off: the guardrails' signature, else the offer's sender name. */
    public List<Problem> check(Draft draft, Guardrails guardrails, Offer offer) {
        var expected = guardrails.signature().isBlank() ? offer.senderName() : guardrails.signature();
        return check(draft, guardrails, expected);
    }

    private List<Problem> check(Draft draft, Guardrails guardrails, String signature) {
        var problems = new ArrayList<Problem>();
        var body = draft.body();
        int words = Text.wordCount(body);
        if (words > guardrails.maxWords()) {
            problems.add(new Problem(words + " words", "over the " + guardrails.maxWords() + "-word limit"));
        }
        if (draft.subject().length() > MAX_SUBJECT_CHARS) {
            problems.add(new Problem(draft.subject(), "subject longer than " + MAX_SUBJECT_CHARS + " characters"));
        }
        var text = (draft.subject() + "\n" + body).toLowerCase(Locale.ROOT);
        for (var phrase : guardrails.bannedPhrases()) {
            if (!phrase.isBlank() && text.contains(phrase.toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(phrase, "banned phrase"));
            }
        }
        if (signature != null && !signature.isBlank() && !body.strip().endsWith(signature.strip())) {
            problems.add(new Problem(signature.strip(), "missing signature"));
        }
        long questions = body.chars().filter(c -> c == '?').count();
        if (questions > 1) problems.add(new Problem(questions + " questions", "more than one question or ask"));
        shouting(draft.subject() + "\n" + body).forEach(s -> problems.add(new Problem(s, "all caps")));
        if (text.indexOf('!') >= 0) problems.add(new Problem("!", "exclamation mark"));
        long links = LINK.matcher(body).results().count();
        if (links > maxLinks) problems.add(new Problem(links + " links", "more than " + maxLinks + " link(s)"));
        return List.copyOf(problems);
    }

    /** Runs of capitalised words, or one long one: acronyms (ERP, HIPAA) alone pass. */
    private static List<String> shouting(String text) {
        var found = new ArrayList<String>();
        SHOUT_RUN.matcher(text).results().forEach(r -> found.add(r.group()));
        SHOUT_WORD.matcher(text).results().map(r -> r.group())
                .filter(w -> found.stream().noneMatch(f -> f.contains(w))).forEach(found::add);
        return found;
    }
}
