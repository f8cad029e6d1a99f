package dev.gatehouse.engine.replies;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Month and weekday names, with their usual abbreviations, in the seven supported languages. */
final class CalendarWords {

    private static final String[] MONTHS = {
        "january jan januar jänner janvier janv enero ene januari gennaio genn gen janeiro",
        "february feb februar feber février févr fevrier febrero februari febbraio fevereiro fev",
        "march mar märz maerz mars marzo maart maar março marco",
        "april apr avril avr abril abr aprile",
        "may mai mayo mei maggio mag maio",
        "june jun juni juin junio giugno giu junho",
        "july jul juli juillet juil julio luglio lug julho",
        "august aug août aout agosto augustus",
        "september sep sept septembre septiembre setiembre settembre setembro",
        "october oct oktober octobre octubre okt ottobre ott outubro",
        "november nov novembre noviembre novembro",
        "december dec dezember déc décembre decembre diciembre dic dicembre dezembro dez",
    };
    private static final Map<String, Integer> MONTH_NUMBERS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        for (int i = 0; i < MONTHS.length; i++) {
            for (var name : MONTHS[i].split(" ")) MONTH_NUMBERS.put(name, i + 1);
        }
        weekday(DayOfWeek.MONDAY, "monday mon montag lundi lunes maandag lunedì lunedi segunda segunda-feira");
        weekday(DayOfWeek.TUESDAY, "tuesday tue tues dienstag mardi martes dinsdag martedì martedi terça terca terça-feira");
        weekday(DayOfWeek.WEDNESDAY, "wednesday wed mittwoch mercredi miércoles miercoles woensdag mercoledì mercoledi quarta quarta-feira");
        weekday(DayOfWeek.THURSDAY, "thursday thu thurs donnerstag jeudi jueves donderdag giovedì giovedi quinta quinta-feira");
        weekday(DayOfWeek.FRIDAY, "friday fri freitag vendredi viernes vrijdag venerdì venerdi sexta sexta-feira");
        weekday(DayOfWeek.SATURDAY, "saturday sat samstag samedi sábado sabado zaterdag sabato");
        weekday(DayOfWeek.SUNDAY, "sunday sun sonntag dimanche domingo zondag domenica");
    }

    /** A regex alternation of every month name, longest first so no name stops at a shorter one. */
    static final String MONTH = alternation(MONTH_NUMBERS);
    static final String WEEKDAY = alternation(WEEKDAYS);

    private CalendarWords() {
    }

    private static void weekday(DayOfWeek day, String names) {
        for (var name : names.split(" ")) WEEKDAYS.put(name, day);
    }

    private static String alternation(Map<String, ?> names) {
        return names.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(java.util.regex.Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    static int month(String name) {
        return MONTH_NUMBERS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    static DayOfWeek weekday(String name) {
        return WEEKDAYS.get(name.toLowerCase(Locale.ROOT));
    }
}
