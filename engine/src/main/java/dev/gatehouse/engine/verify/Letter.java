package dev.gatehouse.engine.verify;

import dev.gatehouse.engine.writing.Draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A draft cut into sentences. The salutation and the sign-off are not claims: they are left
 * out, and the names in them are returned so they are not mistaken for invented companies.
 */
record Letter(List<Sentence> sentences, List<String> names) {
    private static final Pattern GREETING = Pattern.compile(
            "^(?i:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\\b[ ,]*"
                    + "((?:\\p{Lu}[\\p{L}'’-]*\\s*){0,3}|there|team|all|folks)\\s*(?:[,!.:—–-]+|$)\\s*(.*)$");
    private static final Pattern NAME_ONLY = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)\\s*,$");
    private static final Pattern CLOSING = Pattern.compile(
            "^(?:best|best regards|regards|kind regards|warm regards|warmly|thanks|thank you|many thanks|cheers|"
                    + "talk soon|all the best|sincerely|yours|speak soon|thanks again|--|—)\\s*[,.!]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNATURE_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'’.&-]*|from|at|of|&|\\||-|—|,|\\S*@\\S*|[+\\d().-]+|https?://\\S+|www\\.\\S+|\\S+\\.(?:com|io|co|ai|net|org)\\S*");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•]|\\d{1,2}[.)])\\s+");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs", "inc", "co", "corp", "ltd", "mr", "ms",
            "mrs", "dr", "st", "jr", "sr", "p.s", "u.s", "approx", "no", "dept", "est", "a.m", "p.m");

    static Letter of(Draft draft) {
        var names = new ArrayList<String>();
        var lines = new ArrayList<>(List.of(draft.body().replace("\r", "").split("\n")));
        stripGreeting(lines, names);
        stripSignature(lines, names);
        var sentences = new ArrayList<Sentence>();
        var language = Language.of(draft.subject() + "\n" + String.join("\n", lines));
        if (!draft.subject().isBlank()) sentences.add(Sentence.of(draft.subject(), true, language));
        for (var line : lines) {
            var text = BULLET.matcher(line).replaceFirst("").strip();
            if (!text.isEmpty()) split(text, sentences, language);
        }
        return new Letter(List.copyOf(sentences), List.copyOf(names));
    }

    private static void stripGreeting(List<String> lines, List<String> names) {
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            var m = GREETING.matcher(line);
            if (m.matches()) {
                names.add(m.group(1).strip());
                lines.set(i, m.group(2));
                return;
            }
            var only = NAME_ONLY.matcher(line);
            if (only.matches()) {
                names.add(only.group(1));
                lines.set(i, "");
            }
            return;
        }
    }

    private static void stripSignature(List<String> lines, List<String> names) {
        int kept = 0;
        for (int i = lines.size() - 1; i >= 0 && kept < 5; i--) {
            var line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            if (!CLOSING.matcher(line).matches() && !isSignatureLine(line)) return;
            if (!CLOSING.matcher(line).matches()) names.add(line);
            lines.set(i, "");
            kept++;
        }
    }

    private static boolean isSignatureLine(String line) {
        var words = line.split("\\s+");
        if (words.length > 6 || line.endsWith(".") || line.endsWith("?") || line.endsWith("!")) return false;
        for (var word : words) {
            var bare = word.replaceAll("[,|]$", "");
            if (!bare.isEmpty() && !SIGNATURE_WORD.matcher(bare).matches()) return false;
        }
        return true;
    }

    private static void split(String text, List<Sentence> out, Language language) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            int end = i + 1;
            while (end < text.length() && "\"'”’)]".indexOf(text.charAt(end)) >= 0) end++;
            if (end >= text.length() || !Character.isWhitespace(text.charAt(end))) continue;
            if (c == '.' && isAbbreviation(text, i)) continue;
            int next = end;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
            if (next < text.length() && Character.isLowerCase(text.charAt(next))) continue;
            out.add(Sentence.of(text.substring(start, end), false, language));
            start = next;
            i = next - 1;
        }
        if (start < text.length() && !text.substring(start).isBlank()) out.add(Sentence.of(text.substring(start), false, language));
    }

    private static boolean isAbbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        var word = text.substring(from, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word);
    }
}
