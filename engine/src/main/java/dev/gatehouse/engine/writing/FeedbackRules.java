package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.research.Text;
import dev.gatehouse.engine.signals.SignalKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads reviewer notes and verifier problems and says which sentences of a draft they hit: a
 * sentence is hit when the feedback quotes it (or a fragment of three words or more), names a
 * number it holds, or objects to its kind of content ("the funding is wrong", "drop the proof point").
 */
final class FeedbackRules {
    private static final Pattern QUOTED = Pattern.compile("[\"“”«»]([^\"“”«»]{3,})[\"“”«»]|'([^']*\\s[^']*)'");
    private static final Pattern SEPARATORS = Pattern.compile("[:;|()\\[\\]{}\"“”«»]|\\s[—–-]\\s|\\.\\s");
    private static final List<String> NEGATIVE = List.of("wrong", "incorrect", "inaccurate", "stale", "outdated", " old",
            "remove", "drop", "don't", "do not", "no ", "not ", "avoid", "skip", "creepy", "never", "unsupported",
            "unverified", "invented", "made up", "cut ", "delete", "without");
    private static final Map<SignalKind, List<String>> KIND_WORDS = Map.of(
            SignalKind.FUNDING, List.of("funding", "raise", "round", "series", "investment", "investor"),
            SignalKind.HIRING, List.of("hiring", "job post", "open role", "recruiting"),
            SignalKind.JOB_CHANGE, List.of("new role", "job change", "promotion", "joined"),
            SignalKind.PRODUCT_USAGE, List.of("usage", "trial", "activity"),
            SignalKind.SUPPORT_TICKET, List.of("ticket", "support request", "support thread"),
            SignalKind.TECH_ADOPTION, List.of("stack", "tech adoption", "technology"),
            SignalKind.NEWS, List.of("news", "article", "press release"),
            SignalKind.INTENT, List.of("intent", "website visit", "researching"));
    private static final List<String> PROOF_WORDS = List.of("proof point", "case study", "social proof", "customer story",
            "reference customer", "proof");
    private static final List<String> PAIN_WORDS = List.of("pain", "presum", "assum", "generic", "fluff");
    private static final List<String> ASK_WORDS = List.of("the ask", "call to action", "cta", "the question at the end");
    private static final List<String> VALUE_WORDS = List.of("value prop", "pitch");
    private static final List<String> SHORTER_WORDS = List.of("too long", "shorter", "wordy", "too many words", "trim",
            "over the", "word limit", "tighten");
    private static final List<String> FACTUAL_WORDS = List.of("factual", "inaccurate", "not true", "incorrect", "timing",
            "stale", "outdated", "old news", "irrelevant");

    private static final Pattern HEAD = Pattern.compile("^(.{4,120}?)(?::\\s|\\s[—–-]\\s)");
    private static final Pattern NAMED = Pattern.compile("\\d|[$€£]|.\\p{Lu}");
    private static final Set<String> META = Set.of("claim", "problem", "note", "feedback", "error", "issue", "reason",
            "verifier", "reviewer", "blocked", "fix", "please", "drop", "remove", "rejected", "comment");

    private final List<String> feedback;
    private final List<String> heads;
    private final List<String> banned;

    /** Banned phrases act as standing feedback: a sentence holding one never makes it into a draft. */
    FeedbackRules(List<String> feedback, List<String> bannedPhrases) {
        var given = feedback.stream().filter(f -> f != null && !f.isBlank()).toList();
        this.feedback = given.stream().map(f -> f.toLowerCase(Locale.ROOT).replace('’', '\'')).toList();
        this.heads = given.stream().map(FeedbackRules::head).toList();
        this.banned = bannedPhrases.stream().filter(b -> !b.isBlank()).map(b -> b.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The claim in "claim: reason" when it looks like a name or a number ("Harbor Outfitters",
     * "$15M"), however short; "Factual error: ..." has no such head.
     */
    private static String head(String f) {
        var m = HEAD.matcher(f.strip());
        if (!m.find()) return "";
        var claim = m.group(1).strip();
        boolean named = NAMED.matcher(claim).find()
                || !claim.contains(" ") && Character.isUpperCase(claim.charAt(0)) && !META.contains(claim.toLowerCase(Locale.ROOT));
        return named ? normalize(claim) : "";
    }

    boolean wantsShorter() {
        return feedback.stream().anyMatch(f -> any(f, SHORTER_WORDS));
    }

    /** Parts hit by any feedback; on the first pass, a bare "factual error" also hits the opener and proof. */
    Set<Part> flagged(List<Part> parts, boolean firstPass) {
        var hit = new LinkedHashSet<Part>();
        for (var part : parts) {
            var text = part.text().toLowerCase(Locale.ROOT);
            if (banned.stream().anyMatch(text::contains)) hit.add(part);
        }
        for (int i = 0; i < feedback.size(); i++) {
            var f = feedback.get(i);
            var fragments = new ArrayList<>(fragments(f));
            if (!heads.get(i).isEmpty()) fragments.add(heads.get(i));
            var numbers = Text.numbers(f);
            boolean negative = any(f, NEGATIVE);
            var before = hit.size();
            for (var part : parts) {
                if (quotes(part, fragments) || holdsNumber(part, numbers) || objectsTo(part, f, negative)) hit.add(part);
            }
            if (firstPass && hit.size() == before && any(f, FACTUAL_WORDS)) {
                parts.stream().filter(p -> p.role() == Part.Role.OPENER && p.signal() != null
                        || p.role() == Part.Role.PROOF || p.role() == Part.Role.ANGLE).forEach(hit::add);
            }
        }
        return hit;
    }

    private static boolean quotes(Part part, List<String> fragments) {
        var sentence = normalize(part.text());
        var proof = part.proof() == null ? "" : normalize(part.proof());
        for (var fragment : fragments) {
            if (sentence.contains(fragment) || fragment.contains(sentence)) return true;
            if (!proof.isEmpty() && (proof.contains(fragment) || fragment.contains(proof))) return true;
        }
        return false;
    }

    private static boolean holdsNumber(Part part, Set<String> numbers) {
        if (numbers.isEmpty()) return false;
        return Text.numbers(part.text().toLowerCase(Locale.ROOT)).stream().anyMatch(numbers::contains);
    }

    private static boolean objectsTo(Part part, String f, boolean negative) {
        if (!negative) return false;
        return switch (part.role()) {
            case PROOF -> any(f, PROOF_WORDS);
            case PAIN -> any(f, PAIN_WORDS);
            case ASK -> any(f, ASK_WORDS);
            case VALUE -> any(f, VALUE_WORDS);
            case ANGLE -> part.proof() != null ? any(f, PROOF_WORDS) : kindObjected(part, f);
            case OPENER -> kindObjected(part, f);
            case REFERENCE -> false;
        };
    }

    private static boolean kindObjected(Part part, String f) {
        return part.signal() != null && any(f, KIND_WORDS.get(part.signal().kind()));
    }

    private static List<String> fragments(String f) {
        var out = new ArrayList<String>();
        var m = QUOTED.matcher(f);
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
        out.replaceAll(FeedbackRules::normalize);
        out.removeIf(s -> s.length() < 4);
        var pieces = new ArrayList<String>(List.of(SEPARATORS.split(f)));
        pieces.add(f);
        pieces.stream().map(FeedbackRules::normalize)
                .filter(s -> Text.wordCount(s) >= 3 && s.length() >= 12).forEach(out::add);
        return out.stream().distinct().toList();
    }

    private static String normalize(String s) {
        return Text.clean(s.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll("[.!?]+$", "").strip();
    }

    /** Whether a cue starts a word in f: "round" is in "the round is wrong", not in "around". */
    private static boolean any(String f, List<String> words) {
        for (var word : words) {
            for (int at = f.indexOf(word); at >= 0; at = f.indexOf(word, at + 1)) {
                if (at == 0 || !Character.isLetter(f.charAt(at - 1)) || !Character.isLetter(word.charAt(0))) return true;
            }
        }
        return false;
    }
}
