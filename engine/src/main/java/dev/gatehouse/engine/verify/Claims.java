package dev.gatehouse.engine.verify;

import dev.gatehouse.engine.verify.Claim.TimeFrame;
import dev.gatehouse.engine.verify.Quantity.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the claims of a sentence or a source text, clause by clause: each number, rank and
 * funding round, bound to the customer the clause names (else the nearest one named before it,
 * else after it), to the time frame stated with it ("in 6 months", also in a clause of its own:
 * "…, all within 6 months") and, for an amount, to the round of its clause.
 */
final class Claims {
    private static final Pattern CLAUSE = Pattern.compile(
            "[;:]\\s+|,\\s+|\\s[—–-]\\s|\\s(?:and|but|while|whereas|plus|und|aber|et|mais|y|pero|maar|ma|mas|e)\\s");
    private static final Pattern FRAME = Pattern.compile(
            "\\b(?:in|within|over|after|during|inside|en|dans|binnen|entro|em|dentro de|innerhalb von|nach|tras|após|dopo)\\s+"
                    + "(?:just\\s+|only\\s+|under\\s+|less than\\s+|about\\s+|around\\s+|nearly\\s+)?(?:(?:the|its|their|your|our|a|an)\\s+)?"
                    + "(?:first\\s+|initial\\s+|single\\s+)?(\\d+(?:\\.\\d+)?\\s*)?(?:business\\s+|working\\s+)?"
                    + "(day|week|month|quarter|year)s?\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern ROUND = Pattern.compile(
            "\\b(?:(?:series|serie|série)\\s+([a-h])(?![\\w'])|(pre-seed|seed))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTENSION = Pattern.compile(
            "\\b(?:extension|extended|extending|top-up|topped up|erweiterung|erweitert|ampliación|ampliada|extensie|uitbreiding"
                    + "|estensione|estesa|extensão|prorrogação)\\b", Pattern.CASE_INSENSITIVE);
    /** The reader as the subject: "you", "your team"; "Sie", "vous", "usted", "jullie", "voi", "você". */
    private static final Pattern READER = Pattern.compile(
            "\\b(?:you|your|you're|you've|yours|sie|ihr|ihre|ihrem|ihren|vous|votre|vos|usted|ustedes|su|sus|jullie|uw|je|jouw"
                    + "|voi|vostro|vostra|você|vocês|seu|sua)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, Integer> RANKS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10));
    private static final Pattern ORDINAL = Pattern.compile(
            "\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\\d{1,2})(?:st|nd|rd|th))\\s+"
                    + "(?:[\\p{L}-]+\\s+){0,2}?(office|location|store|shop|hub|warehouse|facility|site|plant|clinic|branch|restaurant"
                    + "|acquisition|fund|product|market|country|countries|region|city|cities|headquarters|hq|expansion|launch|raise"
                    + "|data cent(?:er|re)|factory|campus|studio|lab|hotel|school|hospital|distribution cent(?:er|re))s?\\b",
            Pattern.CASE_INSENSITIVE);
    /** Cheap tests, so text without numbers, ranks, rounds or time units skips the patterns above. */
    private static final Pattern CUE = Pattern.compile("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|series|seed");
    private static final Pattern FRAME_UNIT = Pattern.compile("(?i:day|week|month|quarter|year)");

    private Claims() {
    }

    private record Clause(String text, List<String> subjects, TimeFrame frame, List<Claim> claims) {
    }

    /** The claims of a text in the given language, bound to the customers {@code subjects} knows. */
    static List<Claim> of(String text, Language language, Subjects subjects) {
        var lower = text.toLowerCase(Locale.ROOT);
        if (language == Language.EN && !Quantities.mayHold(lower) && !CUE.matcher(lower).find()) return List.of();
        var clauses = new ArrayList<Clause>();
        for (var part : CLAUSE.split(text)) {
            if (part.isBlank()) continue;
            clauses.add(new Clause(part, subjects.in(part), frame(part, language), new ArrayList<>()));
        }
        var rounds = new ArrayList<List<Value.Round>>();
        var all = new ArrayList<Value.Round>();
        for (var clause : clauses) {
            rounds.add(rounds(clause.text()));
            all.addAll(rounds.getLast());
        }
        boolean fundingText = FundingCheck.CONTEXT.matcher(lower).find();
        for (int i = 0; i < clauses.size(); i++) {
            var clause = clauses.get(i);
            var subject = subject(clauses, i);
            var frame = clause.frame() != null ? clause.frame() : orphanFrame(clauses, i);
            var clauseRounds = rounds.get(i);
            var round = !clauseRounds.isEmpty() ? clauseRounds.get(0) : all.size() == 1 ? all.get(0) : null;
            boolean funding = round != null || fundingText;
            var found = Dates.find(Certifications.blank(clause.text()));
            for (var q : Quantities.find(found.rest(), language)) {
                if (clause.frame() != null && q.kind() == Kind.DURATION && clause.frame().sameAs(new TimeFrame(q.value(), ""))) continue;
                if (q.kind() == Kind.YEAR || q.kind() == Kind.VAGUE) continue;
                var attribute = q.noun() != null ? head(q.noun()) : q.kind() == Kind.MONEY && funding ? "funding"
                        : q.kind().name().toLowerCase(Locale.ROOT);
                clause.claims().add(new Claim(subject, attribute, new Value.Measure(q),
                        frame, q.kind() == Kind.MONEY ? round : null));
            }
            var ordinal = ORDINAL.matcher(clause.text());
            while (ordinal.find()) {
                int rank = ordinal.group(2) != null ? Integer.parseInt(ordinal.group(2)) : RANKS.get(ordinal.group(1).toLowerCase(Locale.ROOT));
                if (rank < 1) continue;
                var noun = stem(ordinal.group(3).toLowerCase(Locale.ROOT));
                clause.claims().add(new Claim(subject, noun, new Value.Ordinal(rank, noun, ordinal.group().strip()), null, null));
            }
            for (var r : clauseRounds) clause.claims().add(new Claim(subject, "funding round", r, null, null));
        }
        var out = new ArrayList<Claim>();
        for (var clause : clauses) out.addAll(clause.claims());
        return out;
    }

    /**
     * The customer a clause is about: the one it names, else none when it speaks to the reader
     * ("your 12 new supervisors"), else the last one named before it, else the first after.
     */
    private static String subject(List<Clause> clauses, int i) {
        var own = clauses.get(i).subjects();
        if (!own.isEmpty()) return own.get(own.size() - 1);
        if (READER.matcher(clauses.get(i).text()).find()) return null;
        for (int k = i - 1; k >= 0; k--) {
            var before = clauses.get(k).subjects();
            if (!before.isEmpty()) return before.get(before.size() - 1);
        }
        for (int k = i + 1; k < clauses.size(); k++) {
            if (!clauses.get(k).subjects().isEmpty()) return clauses.get(k).subjects().get(0);
        }
        return null;
    }

    /** A time frame standing in a clause of its own ("…, all within 6 months") belongs to the clause next to it. */
    private static TimeFrame orphanFrame(List<Clause> clauses, int i) {
        for (int k : new int[] {i + 1, i - 1}) {
            if (k < 0 || k >= clauses.size()) continue;
            var other = clauses.get(k);
            if (other.frame() != null && alone(other)) return other.frame();
        }
        return null;
    }

    /** Whether a clause states nothing but its time frame. */
    private static boolean alone(Clause clause) {
        for (var q : Quantities.find(Dates.find(clause.text()).rest(), Language.of(clause.text()))) {
            if (q.kind() != Kind.DURATION || !clause.frame().sameAs(new TimeFrame(q.value(), ""))) return false;
        }
        return true;
    }

    /** The time frames a text states, in any clause. */
    static List<TimeFrame> frames(String text, Language language) {
        var out = new ArrayList<TimeFrame>();
        for (var part : CLAUSE.split(text)) {
            var frame = frame(part, language);
            if (frame != null) out.add(frame);
        }
        return out;
    }

    private static TimeFrame frame(String text, Language language) {
        if (language == Language.EN && !FRAME_UNIT.matcher(text).find()) return null;
        var m = FRAME.matcher(Quantities.english(text, language));
        if (!m.find()) return null;
        double n = m.group(1) == null ? 1 : Double.parseDouble(m.group(1).strip());
        double unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "day" -> 1;
            case "week" -> 7;
            case "month" -> 30;
            case "quarter" -> 91;
            default -> 365;
        };
        return new TimeFrame(n * unit, m.group().strip());
    }

    private static List<Value.Round> rounds(String text) {
        var m = ROUND.matcher(text);
        if (!m.find()) return List.of();
        boolean extension = EXTENSION.matcher(text).find();
        var out = new ArrayList<Value.Round>();
        do {
            var series = m.group(1) != null ? "series " + m.group(1).toLowerCase(Locale.ROOT) : m.group(2).toLowerCase(Locale.ROOT);
            out.add(new Value.Round(series, extension, m.group().strip()));
        } while (m.find());
        return out;
    }

    /** The head of a counted noun phrase: "warehouse supervisor" → "supervisor". */
    static String head(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }

    /** "roles" → "role", "cities" → "city": nouns compared without their plural. */
    static String stem(String lower) {
        if (lower.endsWith("ies") && lower.length() > 4) return lower.substring(0, lower.length() - 3) + "y";
        if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3) return lower.substring(0, lower.length() - 1);
        return lower;
    }
}
