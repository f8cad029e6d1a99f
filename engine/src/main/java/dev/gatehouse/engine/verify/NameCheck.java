package dev.gatehouse.engine.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Blocks names of companies (customers, investors, integrations) and people that neither the
 * offer nor a signal mentions. A capitalised word mid-sentence is a name; at the start of a
 * sentence it is one only when the sentence makes it the subject of a claim ("Acme uses ...",
 * "Acme and Beta ...").
 */
final class NameCheck implements Check {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}\\p{N}&'’.-]*");
    private static final Pattern INTEGRATION = Pattern.compile(
            "integrat|connects? (?:to|with)|syncs? (?:to|with)|plugs? (?:into|in)|\\bnative\\b|connector|works with");
    private static final Pattern CUSTOMER = Pattern.compile(
            "customer|client|\\blike\\b|such as|including|teams? at|folks at|people at|helped|\\buse[sd]?\\b|chose|switched|"
                    + "trust|rel(?:y|ies) on|\\bwith\\b|\\bus\\b|\\bour\\b|\\bwe\\b");
    /** Endings of ordinary nouns and adverbs: "Visibility is ...", "Reconciliation is ..." open a sentence, not a name. */
    private static final Pattern COMMON_SUFFIX = Pattern.compile("(?:ly|ing|tion|sion|ity|ness|ment|ance|ence|ship|ism|ure|ics|ings)$");
    private static final Pattern CUSTOMER_NOUN = Pattern.compile("customer|client|\\busers?\\b|\\bour\\b|\\bus\\b");
    /** Verb forms that take a plural subject: "Auditors love ..." is about auditors, not a company. */
    private static final Pattern PLURAL_VERB = Pattern.compile("use|rely|run|trust|love|work|reconcile|cut|see|save|close|"
            + "reduce|automate|switch|choose|pick|adopt|are|were|have|both|all|also|already");
    private static final Pattern BE_VERBS = Pattern.compile("is|are|was|were|has|have|had");

    private record Token(String text, String lower, int start, int end, boolean initial) {
    }

    @Override
    public void check(Sentence sentence, Evidence evidence, List<Problem> problems) {
        var tokens = tokens(sentence.text());
        if (sentence.subject() && titleCase(tokens)) return;
        for (int i = 0; i < tokens.size(); ) {
            if (!capitalised(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && capitalised(tokens.get(j)) && joined(sentence.text(), tokens.get(j - 1), tokens.get(j))) j++;
            var run = tokens.subList(i, j);
            // German capitalises every noun: one capitalised word there is not a name by itself
            if (vocative(sentence.text(), run) || run.size() == 1 && sentence.language() == Language.DE) {
                i = j;
                continue;
            }
            var name = unknownName(run, evidence);
            if (name != null && (name.from() > 0 || !run.get(0).initial() || run.size() > 1
                    || claimSubject(sentence, tokens, j, run))) {
                problems.add(new Problem(sentence.text(), reason(sentence.lower(), name.text(), evidence)));
            }
            i = j;
        }
    }

    /** The unknown name in a run of capitalised words, without greetings and acronyms around it. */
    private record Name(String text, int from) {
    }

    private static Name unknownName(List<Token> run, Evidence evidence) {
        int from = 0;
        int to = run.size();
        while (from < to && (Vocabulary.notName(run.get(from).lower())
                || run.get(from).initial() && benign(run.get(from), evidence))) from++;
        while (to > from && Vocabulary.notName(run.get(to - 1).lower())) to--;
        boolean anyUnknown = false;
        for (int k = from; k < to; k++) anyUnknown |= !benign(run.get(k), evidence);
        if (!anyUnknown) return null;
        var parts = new ArrayList<String>();
        for (int k = from; k < to; k++) parts.add(run.get(k).text());
        return new Name(String.join(" ", parts), from);
    }

    private static boolean benign(Token t, Evidence evidence) {
        var lower = t.lower();
        if (Vocabulary.notName(lower) || evidence.known(lower)) return true;
        if (Certifications.NAMED.matcher(t.text()).matches()) return true;
        if (t.initial() && (Vocabulary.STARTERS.contains(lower) || COMMON_SUFFIX.matcher(lower).find())) return true;
        int dash = lower.indexOf('-');
        var prefix = dash > 0 ? lower.substring(0, dash) : "";
        return dash > 0 && (Vocabulary.STARTERS.contains(prefix) || Vocabulary.notName(prefix) || evidence.known(prefix));
    }

    /** A sentence-initial name counts only as the subject of a claim, or next to another name. */
    private static boolean claimSubject(Sentence sentence, List<Token> tokens, int next, List<Token> run) {
        var last = run.get(run.size() - 1);
        var after = sentence.text().substring(last.end()).stripLeading();
        if (after.startsWith("'s") || after.startsWith("’s") || last.text().endsWith("'s") || last.text().endsWith("’s")) return true;
        if (next >= tokens.size()) return false;
        var word = tokens.get(next).lower();
        if ((word.equals("and") || word.equals("or") || after.startsWith("&") || after.startsWith(","))
                && next + 1 < tokens.size() && capitalised(tokens.get(next + 1))) return true;
        if (BE_VERBS.matcher(word).matches()) return CUSTOMER_NOUN.matcher(sentence.lower()).find();
        if (!Vocabulary.CLAIM_VERBS.contains(word) || word.equals("and") || word.equals("or")) return false;
        return !(run.size() == 1 && pluralNoun(run.get(0).lower()) && PLURAL_VERB.matcher(word).matches());
    }

    private static boolean pluralNoun(String lower) {
        return lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us");
    }

    private static String reason(String lower, String name, Evidence evidence) {
        if (INTEGRATION.matcher(lower).find()) return "names an integration not in the offer: " + name;
        if (FundingCheck.CONTEXT.matcher(lower).find()) return "names an investor not in the signals: " + name;
        if (CUSTOMER.matcher(lower).find() || lower.contains(evidence.product)) return "names a customer not in the offer: " + name;
        return "names a company or person that neither the offer nor a signal mentions: " + name;
    }

    private static List<Token> tokens(String text) {
        var out = new ArrayList<Token>();
        var m = TOKEN.matcher(text);
        while (m.find()) {
            var raw = m.group().replaceAll("[.'’-]+$", "");
            if (raw.isEmpty()) continue;
            var bare = raw.replaceFirst("['’]s$", "");
            out.add(new Token(bare, bare.toLowerCase(Locale.ROOT).replace('’', '\''), m.start(), m.start() + raw.length(),
                    initial(text, m.start())));
        }
        return out;
    }

    private static boolean initial(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        if (i < 0) return true;
        char c = text.charAt(i);
        return ".!?:;\"“(—–-•*".indexOf(c) >= 0;
    }

    /** "Congrats, Lee!" or "Lee, quick question": the reader's name, said to them. */
    private static boolean vocative(String text, List<Token> run) {
        if (run.size() > 2) return false;
        var before = text.substring(0, run.get(0).start()).stripTrailing();
        var after = text.substring(run.get(run.size() - 1).end()).stripLeading();
        boolean commaBefore = before.endsWith(",");
        boolean endAfter = after.isEmpty() || ".!?".indexOf(after.charAt(0)) >= 0;
        boolean commaAfter = after.startsWith(",") || after.startsWith(" -") || after.startsWith("—");
        return commaBefore && endAfter || run.get(0).initial() && before.isEmpty() && commaAfter && !hasNameAfterComma(after);
    }

    private static boolean hasNameAfterComma(String after) {
        var rest = after.substring(1).stripLeading();
        return !rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) && !rest.startsWith("I ");
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean joined(String text, Token a, Token b) {
        var gap = text.substring(a.end(), b.start());
        return gap.isBlank() || gap.strip().equals("&") || gap.strip().equals("of");
    }

    private static boolean titleCase(List<Token> tokens) {
        long caps = tokens.stream().filter(NameCheck::capitalised).count();
        return tokens.size() >= 3 && caps * 10 >= tokens.size() * 6L;
    }
}
