package dev.gatehouse.engine.replies.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a reply down to what the sender wrote now: drops the quoted history that mail clients
 * append (Gmail/Apple "On … wrote:", German "Am … schrieb …:", Outlook's "-----Original
 * Message-----" and "From: … Sent: …" blocks, underscore rules, "> " lines) and the "-- "
 * signature. When that would leave nothing, the full text is returned.
 */
final class QuoteStripper {
    private static final List<Pattern> CUT_AT = List.of(
            Pattern.compile("^\\s*-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine)\\s*-{2,}\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*_{10,}\\s*$"),
            Pattern.compile("^--\\s?$"));
    private static final Pattern FROM_HEADER = Pattern.compile("^\\s*\\*?(From|Von|De):\\*?\\s.+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_HEADER = Pattern.compile(
            "^\\s*\\*?(Sent|Date|Gesendet|Datum|Envoyé|To|An|À|Subject|Betreff|Objet):.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^\\s*(On|Am|Le|El|Il|Op)\\s.+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION_VERB = Pattern.compile(
            "wrote|schrieb|a écrit|escribió|ha scritto|schreef", Pattern.CASE_INSENSITIVE);

    private QuoteStripper() {
    }

    static String strip(String text) {
        if (text == null || text.isBlank()) return "";
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (cutsHere(lines, i)) break;
            if (line.stripLeading().startsWith(">")) continue;
            kept.add(line);
        }
        String result = String.join("\n", kept).strip();
        return result.isEmpty() ? text.strip() : result;
    }

    private static boolean cutsHere(String[] lines, int i) {
        String line = lines[i];
        if (line.isBlank()) return false; // every cut needs text; a million empty lines cost a million checks, no more
        for (Pattern p : CUT_AT) {
            if (p.matcher(line).matches()) return true;
        }
        if (FROM_HEADER.matcher(line).matches()) {
            // an Outlook header block, not a sentence that starts with "From:"
            for (int j = i + 1; j < Math.min(lines.length, i + 4); j++) {
                if (NEXT_HEADER.matcher(lines[j]).matches()) return true;
            }
        }
        if (ATTRIBUTION_START.matcher(line).matches()) {
            // clients wrap long attribution lines; look at up to three lines joined
            StringBuilder joined = new StringBuilder(line);
            for (int j = i; j < Math.min(lines.length, i + 3); j++) {
                if (j > i) joined.append(' ').append(lines[j].strip());
                if (endsAttribution(joined)) return true;
            }
        }
        return false;
    }

    /**
     * "… wrote:" (or another language's verb) ending in a colon: a linear scan, where the regex
     * {@code .*(wrote|…)\s*(.*)?:\s*$} it replaces backtracked quadratically on a long line.
     */
    private static boolean endsAttribution(CharSequence joined) {
        int end = joined.length();
        while (end > 0 && isRegexSpace(joined.charAt(end - 1))) end--;
        if (end == 0 || joined.charAt(end - 1) != ':') return false;
        return ATTRIBUTION_VERB.matcher(joined).region(0, end - 1).find();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
