package dev.gatehouse.engine.replies;

import static dev.gatehouse.engine.replies.CalendarWords.MONTH;
import static dev.gatehouse.engine.replies.CalendarWords.WEEKDAY;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date an out-of-office sender says they are back, in the seven supported languages:
 * "back on December 3", "bis zum 14. März", "de retour le 3 avril", "hasta el 5 de mayo",
 * "returning 12/03", "until Monday, Nov 30", "back on the 4th", "back tomorrow". A numeric date
 * is read month first unless {@code dayFirst} (the sender's country or language writes the day
 * first) or the first number cannot be a month. "Until … inclusive" ("einschließlich", "inclus",
 * "incluido", "t/m", …) means back the next working day. Relative forms resolve against the date
 * the reply was received. Cues that say when the absence ends are tried before cues that may
 * also say when it starts ("ab", "vanaf", "from").
 */
public final class ReturnDates {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String ORD = "(?:st|nd|rd|th|er|ème|e|º|°|ª|\\.)?";
    private static final String PREFIX = "^\\W*(?:" + WEEKDAY + "\\.?,?\\s+)?(?:(?:the|le|el|den|dem|il|o|de|der)\\s+)?";
    private static final Pattern UNTIL = Pattern.compile("(?<![\\p{L}'])(back|return|returning|returns|until|till|'til|til"
            + "|through|thru|to|after|resume|resuming|reachable|bis|zurück|wieder|jusqu['’ ]?(?:au|à)|retour|au|hasta|regreso"
            + "|regresaré|vuelta|vuelvo|volveré|al|tot|terug|weer|t/m|fino|rientro|ritorno|rientrerò|tornerò|até|regresso|retorno"
            + "|volto|voltarei|regressarei)(?![\\p{L}])", FLAGS);
    private static final Pattern FROM = Pattern.compile("(?<![\\p{L}'])(from|ab|vanaf|partir|dès|desde|dal|dalla)(?![\\p{L}])", FLAGS);
    private static final Pattern INCLUSIVE_CUE = Pattern.compile("tot en met|t/m|einschließlich|einschliesslich|inklusive"
            + "|up to and including|fino a tutto|até e incluindo", FLAGS);
    private static final Pattern INCLUSIVE_AFTER = Pattern.compile("^[\\s,(]*+(?:(?:ambos|ambas|both|beide|entrambi)\\s++)?(inclusive|incl\\.?|inclus|incluse|incluido"
            + "|incluida|incluso|inclusa|compreso|compresa|einschließlich|einschliesslich|einschl\\.?|inklusive|inkl\\.?"
            + "|inclusief|incluído|incluída)(?![\\p{L}])", FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile(PREFIX + "(" + MONTH + ")\\.?\\s+(\\d{1,2})" + ORD + "(?!\\d)", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(
            PREFIX + "(\\d{1,2})" + ORD + "(?:\\s+(?:of|de|di))?\\s*+(" + MONTH + ")(?![\\p{L}])\\.?", FLAGS);
    private static final Pattern NUMERIC = Pattern.compile(
            PREFIX + "(\\d{1,2})[/.-](\\d{1,2})(?:[/.-]\\d{2,4}(?!\\d))?(?![\\d/])\\.?", FLAGS);
    private static final Pattern ISO = Pattern.compile("^\\W*(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern ORDINAL = Pattern.compile("^\\W*(?:" + WEEKDAY + "\\.?,?\\s+)?(?:the|le|el|den|il|o|op)\\s+(\\d{1,2})"
            + "(?:st|nd|rd|th|er|º|\\.)?(?![\\d\\p{L}/])", FLAGS);
    private static final Pattern WEEKDAY_ONLY = Pattern.compile(
            "^\\W*(?:(?:next|nächsten|kommenden|prochain|próximo|proximo|volgende|prossimo)\\s+)?(" + WEEKDAY + ")(?![\\p{L}])", FLAGS);
    private static final Pattern TOMORROW = Pattern.compile("^\\W*(tomorrow|morgen|demain|mañana|domani|amanhã)(?![\\p{L}])", FLAGS);
    private static final Pattern WORD_START = Pattern.compile("(?<![\\w'/.-])[\\w]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int WINDOW = 40;

    private ReturnDates() {
    }

    /** Month-first numeric dates, as in the US. */
    public static Optional<MonthDay> find(String text, LocalDate received) {
        return find(text, received, false);
    }

    public static Optional<MonthDay> find(String text, LocalDate received, boolean dayFirst) {
        if (text == null) return Optional.empty();
        var dates = new DateMatchers(text, received, dayFirst);
        return dates.after(UNTIL.matcher(text)).or(() -> dates.after(FROM.matcher(text)));
    }

    /** One matcher per date shape over the whole text, each tried only where a word starts. */
    private static final class DateMatchers {
        private final String text;
        private final LocalDate received;
        private final boolean dayFirst;
        private final Matcher word;
        private final Matcher iso;
        private final Matcher monthDay;
        private final Matcher dayMonth;
        private final Matcher numeric;
        private final Matcher ordinal;
        private final Matcher weekday;
        private final Matcher tomorrow;
        private final Matcher inclusiveAfter;
        private final Matcher inclusiveCue;

        DateMatchers(String text, LocalDate received, boolean dayFirst) {
            this.text = text;
            this.received = received;
            this.dayFirst = dayFirst;
            // transparent: a window that starts inside a word must not see a word start there
            word = WORD_START.matcher(text).useTransparentBounds(true);
            iso = ISO.matcher(text);
            monthDay = MONTH_DAY.matcher(text);
            dayMonth = DAY_MONTH.matcher(text);
            numeric = NUMERIC.matcher(text);
            ordinal = ORDINAL.matcher(text);
            weekday = WEEKDAY_ONLY.matcher(text);
            tomorrow = TOMORROW.matcher(text);
            inclusiveAfter = INCLUSIVE_AFTER.matcher(text);
            inclusiveCue = INCLUSIVE_CUE.matcher(text);
        }

        /** The first date within {@value #WINDOW} characters after one of the cues. */
        Optional<MonthDay> after(Matcher cue) {
            int tried = 0;
            while (cue.find()) {
                // windows of nearby cues overlap; each word start is tried once, in the first window
                // that holds it (a text full of cue words costs a few steps per character, not 40)
                int end = Math.min(text.length(), cue.end() + WINDOW);
                int from = Math.max(cue.end(), tried);
                if (from >= end) continue;
                word.region(from, end);
                while (word.find()) {
                    var date = startingAt(word.start(), end);
                    if (date.isPresent()) {
                        boolean inclusive = at(inclusiveAfter, date.get().end(), Math.min(text.length(), date.get().end() + 30))
                                || inclusiveCue.region(Math.max(0, cue.start() - 12), word.start()).find();
                        return Optional.of(inclusive ? nextWorkingDay(date.get().day()) : MonthDay.from(date.get().day()));
                    }
                }
                tried = end;
            }
            return Optional.empty();
        }

        private record Found(LocalDate day, int end) {
        }

        /** The date that the text between {@code start} and {@code end} starts with, if it starts with one. */
        private Optional<Found> startingAt(int start, int end) {
            if (at(iso, start, end)) return found(iso, Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            if (at(monthDay, start, end)) {
                return found(monthDay, CalendarWords.month(monthDay.group(1)), Integer.parseInt(monthDay.group(2)));
            }
            if (at(dayMonth, start, end)) {
                return found(dayMonth, CalendarWords.month(dayMonth.group(2)), Integer.parseInt(dayMonth.group(1)));
            }
            if (at(numeric, start, end)) {
                int first = Integer.parseInt(numeric.group(1));
                int second = Integer.parseInt(numeric.group(2));
                boolean dayComesFirst = first > 12 || dayFirst && second <= 12;
                return dayComesFirst ? found(numeric, second, first) : found(numeric, first, second);
            }
            if (at(ordinal, start, end)) return dayOfMonth(Integer.parseInt(ordinal.group(1)));
            if (at(weekday, start, end)) {
                return Optional.of(new Found(received.with(TemporalAdjusters.next(CalendarWords.weekday(weekday.group(1)))),
                        weekday.end()));
            }
            if (at(tomorrow, start, end)) return Optional.of(new Found(received.plusDays(1), tomorrow.end()));
            return Optional.empty();
        }

        private Optional<Found> found(Matcher m, int month, int day) {
            try {
                var date = MonthDay.of(month, day).atYear(received.getYear());
                return Optional.of(new Found(date.isBefore(received) ? MonthDay.of(month, day).atYear(received.getYear() + 1) : date,
                        m.end()));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }

        private Optional<Found> dayOfMonth(int day) {
            var candidate = received;
            for (int i = 0; i < 3; i++, candidate = candidate.plusMonths(1).withDayOfMonth(1)) {
                if (day <= candidate.lengthOfMonth() && day >= candidate.getDayOfMonth()) {
                    return Optional.of(new Found(candidate.withDayOfMonth(day), ordinal.end()));
                }
            }
            return Optional.empty();
        }

        private static boolean at(Matcher matcher, int start, int end) {
            return start <= end && matcher.region(start, end).lookingAt();
        }
    }

    /**
     * Whether a sender writes numeric dates day first: a country-code domain other than the US
     * says so (.co.uk, .de, .fr, …); on a generic domain (.com, .io, …) the language decides,
     * English reading month first.
     */
    public static boolean dayFirst(String from, Language language) {
        var at = from == null ? -1 : from.lastIndexOf('@');
        if (at >= 0) {
            var domain = from.substring(at + 1).replaceAll("[>\\s].*$", "").toLowerCase(java.util.Locale.ROOT);
            var tld = domain.substring(domain.lastIndexOf('.') + 1);
            if (tld.length() == 2 && !tld.equals("us") && !tld.equals("io") && !tld.equals("ai") && !tld.equals("co")) return true;
            if (tld.equals("us")) return false;
        }
        return language != Language.EN;
    }

    /** The working day after {@code day} (Saturday and Sunday skipped). */
    static MonthDay nextWorkingDay(LocalDate day) {
        var next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) next = next.plusDays(1);
        return MonthDay.from(next);
    }
}
