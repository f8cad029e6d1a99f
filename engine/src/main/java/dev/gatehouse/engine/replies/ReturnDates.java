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
        while (cue.find()) {
            var window = text.substring(cue.end(), Math.min(text.length(), cue.end() + WINDOW));
            Matcher word = WORD_START.matcher(window);
            while (word.find()) {
                var date = parse(window.substring(word.start()), received);
                if (date.isPresent()) return date;
            }
        }
        return Optional.empty();
    }

    static Optional<MonthDay> parse(String window, LocalDate received) {
        Matcher m;
        if ((m = ISO.matcher(window)).find()) return monthDay(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if ((m = MONTH_DAY.matcher(window)).find()) return monthDay(month(m.group(1)), Integer.parseInt(m.group(2)));
        if ((m = DAY_MONTH.matcher(window)).find()) return monthDay(month(m.group(2)), Integer.parseInt(m.group(1)));
        if ((m = NUMERIC.matcher(window)).find()) return numeric(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if ((m = ORDINAL.matcher(window)).find()) return dayOfMonth(Integer.parseInt(m.group(1)), received);
        if ((m = WEEKDAY.matcher(window)).find()) return Optional.of(MonthDay.from(
                received.with(TemporalAdjusters.next(weekday(m.group(1))))));
        if (TOMORROW.matcher(window).find()) return Optional.of(MonthDay.from(received.plusDays(1)));
        return Optional.empty();
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
