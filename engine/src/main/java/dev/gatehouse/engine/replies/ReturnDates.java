package dev.gatehouse.engine.replies;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date an out-of-office sender says they are back, e.g. "back on December 3",
 * "returning 12/03" (month first, unless the first number cannot be a month), "until Monday,
 * Nov 30", "back on the 4th", "back Monday", "back tomorrow". Relative forms resolve against the
 * date the reply was received.
 */
public final class ReturnDates {

    private static final String MONTH =
            "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final Pattern CUE = Pattern.compile(
            "\\b(back|return|returning|returns|until|till|'til|til|through|thru|to|after|resume|resuming|reachable)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "^\\W*(?:[a-z]+day,?\\s+)?(?:the\\s+)?" + MONTH + "\\s+(\\d{1,2})" + ORD + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "^\\W*(?:[a-z]+day,?\\s+)?(?:the\\s+)?(\\d{1,2})" + ORD + "(?:\\s+of)?\\s+" + MONTH + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile(
            "^\\W*(?:[a-z]+day,?\\s+)?(\\d{1,2})[/.](\\d{1,2})(?:[/.]\\d{2,4})?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("^\\W*(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern ORDINAL = Pattern.compile(
            "^\\W*(?:[a-z]+day,?\\s+)?the\\s+(\\d{1,2})" + ORD + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "^\\W*(?:next\\s+)?(mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOMORROW = Pattern.compile("^\\W*tomorrow\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_START = Pattern.compile("(?<![\\w'/.-])[\\w]");
    private static final int WINDOW = 40;

    private ReturnDates() {
    }

    public static Optional<MonthDay> find(String text, LocalDate received) {
        if (text == null) return Optional.empty();
        Matcher cue = CUE.matcher(text);
        // transparent: a window that starts inside a word must not see a word start there
        Matcher word = WORD_START.matcher(text).useTransparentBounds(true);
        var dates = new DateMatchers(text);
        int tried = 0;
        while (cue.find()) {
            // windows of nearby cues overlap; each word start is tried once, in the first window
            // that holds it (a text full of cue words costs a few steps per character, not 40)
            int end = Math.min(text.length(), cue.end() + WINDOW);
            int from = Math.max(cue.end(), tried);
            if (from >= end) continue;
            word.region(from, end);
            while (word.find()) {
                var date = dates.startingAt(word.start(), end, received);
                if (date.isPresent()) return date;
            }
            tried = end;
        }
        return Optional.empty();
    }

    /** One matcher per date shape over the whole text, each tried only where a word starts. */
    private static final class DateMatchers {
        private final Matcher iso;
        private final Matcher monthDay;
        private final Matcher dayMonth;
        private final Matcher numeric;
        private final Matcher ordinal;
        private final Matcher weekday;
        private final Matcher tomorrow;

        DateMatchers(String text) {
            iso = ISO.matcher(text);
            monthDay = MONTH_DAY.matcher(text);
            dayMonth = DAY_MONTH.matcher(text);
            numeric = NUMERIC.matcher(text);
            ordinal = ORDINAL.matcher(text);
            weekday = WEEKDAY.matcher(text);
            tomorrow = TOMORROW.matcher(text);
        }

        /** The date that the text between {@code start} and {@code end} starts with, if it starts with one. */
        Optional<MonthDay> startingAt(int start, int end, LocalDate received) {
            if (at(iso, start, end)) return monthDay(Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            if (at(monthDay, start, end)) return monthDay(month(monthDay.group(1)), Integer.parseInt(monthDay.group(2)));
            if (at(dayMonth, start, end)) return monthDay(month(dayMonth.group(2)), Integer.parseInt(dayMonth.group(1)));
            if (at(numeric, start, end)) return numeric(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)));
            if (at(ordinal, start, end)) return dayOfMonth(Integer.parseInt(ordinal.group(1)), received);
            if (at(weekday, start, end)) return Optional.of(MonthDay.from(
                    received.with(TemporalAdjusters.next(weekday(weekday.group(1))))));
            if (at(tomorrow, start, end)) return Optional.of(MonthDay.from(received.plusDays(1)));
            return Optional.empty();
        }

        private static boolean at(Matcher matcher, int start, int end) {
            return matcher.region(start, end).lookingAt();
        }
    }

    private static Optional<MonthDay> numeric(int first, int second) {
        return first > 12 ? monthDay(second, first) : monthDay(first, second);
    }

    private static Optional<MonthDay> dayOfMonth(int day, LocalDate received) {
        var candidate = received;
        for (int i = 0; i < 3; i++, candidate = candidate.plusMonths(1).withDayOfMonth(1)) {
            if (day <= candidate.lengthOfMonth() && day >= candidate.getDayOfMonth()) {
                return monthDay(candidate.getMonthValue(), day);
            }
        }
        return Optional.empty();
    }

    private static Optional<MonthDay> monthDay(int month, int day) {
        try {
            return Optional.of(MonthDay.of(month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        var months = "janfebmaraprmayjunjulaugsepoctnovdec";
        return months.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
    }

    private static DayOfWeek weekday(String prefix) {
        var p = prefix.substring(0, 2).toLowerCase(Locale.ROOT);
        for (var d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(p)) return d;
        }
        throw new IllegalArgumentException(prefix);
    }
}
