package dev.gatehouse.engine.verify;

import dev.gatehouse.engine.verify.Quantity.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the numbers a text states, after dates, times, certifications and URLs are taken out. */
final class Quantities {
    private static final Pattern NOISE = Pattern.compile(
            "https?://\\S+|www\\.\\S+|\\S+@\\S+|\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])"
                    + "|\\b\\d{1,2}:\\d{2}\\b|\\b\\d+(?:st|nd|rd|th)\\b|\\b[a-z]+\\d+[a-z\\d]*\\b|\\b\\d+-?[a-z]+\\d+\\w*\\b"
                    + "|\\b(?:next|coming|first)\\s+\\d+\\s+(?:business\\s+)?(?:days|weeks)\\b"
                    + "|\\b\\d+\\s+(?:quick\\s+|short\\s+)?(?:ideas?|questions?|thoughts?|tips?|ways?|things?|options?|steps?|reasons?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("one", 1), Map.entry("a dozen", 12), Map.entry("dozen", 12), Map.entry("half a dozen", 6),
            Map.entry("two dozen", 24), Map.entry("three dozen", 36),
            Map.entry("a hundred", 100), Map.entry("one hundred", 100));
    private static final String UNIT_WORDS = "(?:business |working )?(?:days?|weeks?|months?|years?|hours?|minutes?|quarters?)"
            + "|percent|per cent|million|billion|thousand|times|x\\b";
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "\\b(half a dozen|two dozen|three dozen|a dozen|dozen|a hundred|one hundred|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                    + "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                    + "seventeen|eighteen|nineteen|one(?=[\\s-]+(?:" + UNIT_WORDS + ")))(?:[\\s-](one|two|three|four|five|six|seven|eight|nine)\\b)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MULTIPLE_WORD = Pattern.compile(
            "\\b(?:(twice|doubl(?:e|ed|es|ing))(?![\\s-](?:check|click|entry|booking|down|up|digit))|(tripl(?:e|ed|es|ing))|(quadrupl(?:e|ed|es|ing)))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HALF = Pattern.compile("\\b(?:(?:in|by) half|halv(?:e|ed|es|ing))\\b|\\b(half an hour|half-hour)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "by a third", "two-thirds of": a share, stated roughly unless hedged otherwise. */
    private static final Pattern FRACTION = Pattern.compile(
            "\\b(by\\s+)?((?:nearly|almost|about|around|roughly|over|more than|close to|just under|just over)\\s+)?"
                    + "(two[- ]thirds|one[- ]third|a third|three[- ]quarters|one[- ]quarter|a quarter|one[- ]fifth|a fifth)(\\s+of\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> FRACTIONS = Map.of("two thirds", "66.7%", "one third", "33.3%", "a third", "33.3%",
            "three quarters", "75%", "one quarter", "25%", "a quarter", "25%", "one fifth", "20%", "a fifth", "20%");
    /** "a week faster": a duration claim without a digit. */
    private static final Pattern ARTICLE_UNIT = Pattern.compile(
            "\\b(?:a|an|one) (day|week|month|hour|year|quarter) (faster|sooner|earlier|quicker|shorter|less|ahead|early)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VAGUE = Pattern.compile("\\b(dozens|hundreds|thousands|millions|billions) of\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.,/])(?<cur>[$€£]|(?:us\\$|usd|eur|gbp|chf)\\s?)?\\s?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d,]\\d)\\+?"
                    + "(?:\\s?(?<scale>k|mm|m|bn|b|thousand|million|billion|mil)(?![a-z]))?\\+?"
                    + "(?:[\\s-]?(?<unit>%|percent|per\\s?cent|x(?![a-z])|×|times|-?fold"
                    + "|(?:business\\s|working\\s)?(?:minutes?|mins?|hours?|(?-i:hrs?)|days?|weeks?|wks?|months?|mos?|quarters?|years?|yrs?)(?![a-z])"
                    + "|dollars?|usd|euros?|eur|pounds?|gbp|chf|€|£))?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ARTICLE_HINT = Pattern.compile("faster|sooner|earlier|quicker|shorter|less|ahead|early");
    /** Cheap test for number words, so texts without any skip the expensive patterns. */
    private static final Pattern HINT = Pattern.compile(
            "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy"
                    + "|eighty|ninety|dozen|hundred|thousand|million|billion|twice|doubl|tripl|quadrupl|half|halv|third|quarter|fifth"
                    + "|(?:day|week|month|hour|year|quarter) (?:faster|sooner|earlier|quicker|shorter|less|ahead|early)");

    private Quantities() {
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) return true;
        }
        return false;
    }

    private static final Map<String, Quantity.Hedge> HEDGES = hedges();

    private static Map<String, Quantity.Hedge> hedges() {
        var map = new java.util.HashMap<String, Quantity.Hedge>();
        for (var w : List.of("nearly", "almost", "close to", "just under", "approaching", "nearing", "not quite")) map.put(w, Quantity.Hedge.BELOW);
        for (var w : List.of("about", "around", "roughly", "approximately", "circa", "some", "~")) map.put(w, Quantity.Hedge.ABOUT);
        for (var w : List.of("more than", "over", "upwards of", "at least", "north of", "just over", "well over", "better than")) {
            map.put(w, Quantity.Hedge.ABOVE);
        }
        return Map.copyOf(map);
    }
    private static final Pattern PLUS = Pattern.compile("^-plus\\b");
    private static final Pattern COUNTED = Pattern.compile("^\\s*([\\p{L}-]+)(?:\\s+([\\p{L}-]+))?(?:\\s+([\\p{L}-]+))?");
    private static final java.util.Set<String> SKIP = java.util.Set.of("the", "a", "an", "more", "new", "open", "additional",
            "full-time", "senior", "junior", "other", "extra");
    private static final java.util.Set<String> ENDS = java.util.Set.of("and", "or", "of", "in", "at", "to", "for", "with",
            "by", "on", "from", "per", "across", "this", "next", "last", "since", "after", "before", "than", "who", "that",
            "which", "while", "as", "is", "are", "was", "were", "has", "have", "will", "we", "you", "your", "our", "their", "its");

    /** Whether a lower-cased English text may state a number at all (a digit or a number word). */
    static boolean mayHold(String lower) {
        return hasDigit(lower) || HINT.matcher(lower).find();
    }

    /** Quantities in a text in the given language whose dates were already blanked out (see {@link Dates}). */
    static List<Quantity> find(String text, Language language) {
        text = NumberWords.english(text, language);
        if (!hasDigit(text) && !HINT.matcher(text.toLowerCase(Locale.ROOT)).find()) return List.of();
        var spelled = words(text);
        var clean = hasDigit(spelled) ? NOISE.matcher(spelled).replaceAll(" ") : spelled;
        var out = new ArrayList<Quantity>();
        var vague = VAGUE.matcher(clean);
        while (vague.find()) out.add(new Quantity(Kind.VAGUE, 0, vague.group(1).toLowerCase(Locale.ROOT)));
        var m = NUMBER.matcher(clean);
        while (m.find()) {
            var q = read(m);
            if (q == null) continue;
            var after = clean.substring(m.end());
            var hedge = m.group().endsWith("+") || after.startsWith("-plus") || after.startsWith(" plus")
                    ? Quantity.Hedge.ABOVE : hedge(clean.substring(0, m.start()));
            out.add(q.with(currency(m), hedge, noun(q, PLUS.matcher(after).replaceFirst(""))));
        }
        return out;
    }

    /** The text with its number words as digits, in English form (what {@link #find} reads). */
    static String english(String text, Language language) {
        return words(NumberWords.english(text, language));
    }

    /** Each rewrite runs only when a cheap look at the lower-cased text says it can apply. */
    private static String words(String text) {
        var lower = text.toLowerCase(Locale.ROOT);
        if (!HINT.matcher(lower).find()) return text;
        if (lower.contains("third") || lower.contains("quarter") || lower.contains("fifth")) text = fractions(text);
        if (ARTICLE_HINT.matcher(lower).find()) text = ARTICLE_UNIT.matcher(text).replaceAll(r -> "1 " + r.group(1) + " " + r.group(2));
        if (lower.contains("half") || lower.contains("halv")) text = HALF.matcher(text).replaceAll(r -> r.group(1) != null ? "30 minutes" : "50%");
        if (lower.contains("twice") || lower.contains("doubl") || lower.contains("tripl") || lower.contains("quadrupl")) {
            text = MULTIPLE_WORD.matcher(text).replaceAll(r -> r.group(1) != null ? "2x" : r.group(2) != null ? "3x" : "4x");
        }
        return NUMBER_WORD.matcher(text).replaceAll(r -> {
            int value = WORDS.get(r.group(1).toLowerCase(Locale.ROOT));
            if (r.group(2) != null && value >= 20) value += WORDS.get(r.group(2).toLowerCase(Locale.ROOT));
            else if (r.group(2) != null) return value + " " + WORDS.get(r.group(2).toLowerCase(Locale.ROOT));
            return Integer.toString(value);
        });
    }

    private static String fractions(String text) {
        return FRACTION.matcher(text).replaceAll(r -> {
            if (r.group(1) == null && r.group(4) == null) return r.group();
            var share = FRACTIONS.get(r.group(3).toLowerCase(Locale.ROOT).replace('-', ' '));
            return (r.group(1) == null ? "" : r.group(1)) + (r.group(2) == null ? "~" : r.group(2)) + share
                    + (r.group(4) == null ? "" : r.group(4));
        });
    }

    private static Quantity read(Matcher m) {
        double value = Double.parseDouble(m.group("num").replace(",", ""));
        var scale = m.group("scale") == null ? "" : m.group("scale").toLowerCase(Locale.ROOT);
        var unit = m.group("unit") == null ? "" : m.group("unit").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        value *= switch (scale) {
            case "k", "thousand" -> 1e3;
            case "m", "mm", "million", "mil" -> 1e6;
            case "b", "bn", "billion" -> 1e9;
            default -> 1;
        };
        var text = m.group().strip();
        if (m.group("cur") != null || unit.matches("dollars?|usd|euros?|eur|pounds?|gbp|chf|€|£")) return new Quantity(Kind.MONEY, value, text);
        if (unit.equals("%") || unit.startsWith("percent") || unit.startsWith("per")) return new Quantity(Kind.PERCENT, value, text);
        if (unit.equals("x") || unit.equals("×") || unit.equals("times") || unit.endsWith("fold")) return new Quantity(Kind.MULTIPLIER, value, text);
        if (!unit.isEmpty()) return new Quantity(Kind.DURATION, value * days(unit), text);
        boolean plainYear = scale.isEmpty() && m.group("num").matches("(19|20)\\d\\d");
        return new Quantity(plainYear ? Kind.YEAR : Kind.COUNT, value, text);
    }

    private static String currency(Matcher m) {
        var symbol = (m.group("cur") == null ? "" : m.group("cur")) + " " + (m.group("unit") == null ? "" : m.group("unit"));
        var lower = symbol.toLowerCase(Locale.ROOT);
        if (lower.contains("$") || lower.contains("usd") || lower.contains("dollar")) return "USD";
        if (lower.contains("€") || lower.contains("eur")) return "EUR";
        if (lower.contains("£") || lower.contains("gbp") || lower.contains("pound")) return "GBP";
        if (lower.contains("chf")) return "CHF";
        return null;
    }

    /** How the words just before a number hedge it: "nearly", "about a", "more than", "~". */
    private static Quantity.Hedge hedge(String before) {
        var tail = before.stripTrailing().toLowerCase(Locale.ROOT);
        if (tail.endsWith(" a") || tail.equals("a")) tail = tail.substring(0, tail.length() - 1).stripTrailing();
        if (tail.endsWith("~")) return Quantity.Hedge.ABOUT;
        int second = tail.lastIndexOf(' ', tail.lastIndexOf(' ') - 1);
        for (var from : new int[] {tail.lastIndexOf(' ') + 1, second + 1}) {
            if (from < 0 || from > tail.length()) continue;
            var hedge = HEDGES.get(tail.substring(from));
            if (hedge != null) return hedge;
        }
        return Quantity.Hedge.EXACT;
    }

    /** What a count counts: the words after it, up to a function word ("12 open roles in" → "role"), singular. */
    private static String noun(Quantity q, String after) {
        if (q.kind() != Kind.COUNT) return null;
        var m = COUNTED.matcher(after);
        if (!m.find()) return null;
        var phrase = new java.util.StringJoiner(" ");
        for (int g = 1; g <= 3 && m.group(g) != null; g++) {
            var w = m.group(g).toLowerCase(Locale.ROOT);
            if (ENDS.contains(w)) break;
            if (!SKIP.contains(w)) phrase.add(Claims.stem(w));
        }
        return phrase.length() == 0 ? null : phrase.toString();
    }

    private static double days(String unit) {
        var u = unit.replaceFirst("^(business|working)\\s", "");
        if (u.startsWith("min")) return 1.0 / 1440;
        if (u.startsWith("h")) return 1.0 / 24;
        if (u.startsWith("d")) return 1;
        if (u.startsWith("w")) return 7;
        if (u.startsWith("mo")) return 30;
        if (u.startsWith("q")) return 91;
        return 365;
    }
}
