package dev.gatehouse.engine.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds calendar dates: ISO (2026-09-14), US (9/14/2026) and written ("Sept 14", "14 September 2026"). */
final class Dates {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![\\p{L}])\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern US = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?\\b");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b" + MONTH + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern MAY_AS_MONTH = Pattern.compile(
            "(?:\\b(?:in|on|since|by|early|late|mid|last|this|next|of)\\s+May\\b|\\bMay\\s+\\d)");

    private Dates() {
    }

    /** The dates in a text, and the text with them blanked out (so their digits are not read as numbers). */
    record Found(List<DateMention> dates, String rest) {
    }

    static Found find(String text) {
        var dates = new ArrayList<DateMention>();
        var rest = new StringBuilder(text);
        if (!hasDigit(text)) {
            monthFirst(text, rest, dates);
            return new Found(List.copyOf(dates), rest.toString());
        }
        scan(ISO.matcher(text), rest, m -> date(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(1), m.group()), dates);
        scan(US.matcher(rest.toString()), rest, m -> date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), m.group()), dates);
        scan(DAY_FIRST.matcher(rest.toString()), rest, m -> date(month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), m.group()), dates);
        monthFirst(text, rest, dates);
        return new Found(List.copyOf(dates), rest.toString());
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) return true;
        }
        return false;
    }

    private static void monthFirst(String text, StringBuilder rest, List<DateMention> dates) {
        var monthFirst = MONTH_FIRST.matcher(rest.toString());
        while (monthFirst.find()) {
            if (monthFirst.group(1).equals("May") && !MAY_AS_MONTH.matcher(text).find()) continue;
            var day = monthFirst.group(2) == null ? 0 : Integer.parseInt(monthFirst.group(2));
            var d = date(month(monthFirst.group(1)), day, monthFirst.group(3), monthFirst.group());
            if (d != null) dates.add(d);
            blank(rest, monthFirst.start(), monthFirst.end());
        }
    }

    private static void scan(Matcher m, StringBuilder rest, java.util.function.Function<Matcher, DateMention> read,
                             List<DateMention> out) {
        while (m.find()) {
            var d = read.apply(m);
            if (d == null) continue;
            out.add(d);
            blank(rest, m.start(), m.end());
        }
    }

    private static DateMention date(int month, int day, String year, String text) {
        if (month < 1 || month > 12 || day < 0 || day > 31) return null;
        int y = year == null ? 0 : Integer.parseInt(year);
        if (y > 0 && y < 100) y += 2000;
        return new DateMention(month, day, y, text.strip().replaceFirst("\\.$", ""));
    }

    private static int month(String name) {
        var key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key) + 1;
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) text.setCharAt(i, ' ');
    }
}
