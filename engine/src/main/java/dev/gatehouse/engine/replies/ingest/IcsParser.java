package dev.gatehouse.engine.replies.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The little of iCalendar (RFC 5545) that reply handling needs: the first VEVENT of a
 * METHOD:REQUEST with its start, end, organizer, summary and UID. Times with a TZID use that zone
 * (IANA names and the common Windows names Outlook sends), "Z" times are UTC, floating times and
 * all-day dates are read in UTC.
 */
final class IcsParser {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Map<String, String> WINDOWS_ZONES = Map.ofEntries(
            Map.entry("W. Europe Standard Time", "Europe/Berlin"),
            Map.entry("Central Europe Standard Time", "Europe/Budapest"),
            Map.entry("Romance Standard Time", "Europe/Paris"),
            Map.entry("GMT Standard Time", "Europe/London"),
            Map.entry("Eastern Standard Time", "America/New_York"),
            Map.entry("Central Standard Time", "America/Chicago"),
            Map.entry("Mountain Standard Time", "America/Denver"),
            Map.entry("Pacific Standard Time", "America/Los_Angeles"),
            Map.entry("India Standard Time", "Asia/Kolkata"),
            Map.entry("Tokyo Standard Time", "Asia/Tokyo"),
            Map.entry("AUS Eastern Standard Time", "Australia/Sydney"),
            Map.entry("UTC", "UTC"));

    private IcsParser() {
    }

    static Optional<CalendarInvite> parseRequest(String ics) {
        String method = null;
        Map<String, String> event = null;
        boolean inEvent = false;
        for (String line : ics.replace("\r\n", "\n").replaceAll("\n[ \t]", "").split("\n")) {
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.startsWith("METHOD:")) method = line.substring(7).trim();
            else if (upper.equals("BEGIN:VEVENT") && event == null) {
                inEvent = true;
                event = new LinkedHashMap<>();
            } else if (upper.equals("END:VEVENT")) inEvent = false;
            else if (inEvent && line.contains(":")) {
                String name = line.substring(0, nameEnd(line)).toUpperCase(Locale.ROOT);
                event.putIfAbsent(name, line);
            }
        }
        if (event == null || !"REQUEST".equalsIgnoreCase(method) || !event.containsKey("DTSTART")) {
            return Optional.empty();
        }
        try {
            Instant start = dateTime(event.get("DTSTART"));
            Instant end = event.containsKey("DTEND") ? dateTime(event.get("DTEND")) : null;
            String organizer = value(event.get("ORGANIZER"));
            if (organizer != null && organizer.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
                organizer = organizer.substring(7);
            }
            return Optional.of(new CalendarInvite(start, end, organizer, text(value(event.get("SUMMARY"))),
                    value(event.get("UID"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int nameEnd(String line) {
        int colon = line.indexOf(':');
        int semi = line.indexOf(';');
        return semi >= 0 && semi < colon ? semi : colon;
    }

    /** The index of the first colon that is not inside a quoted parameter, or -1. */
    private static int valueColon(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == ':' && !quoted) return i;
        }
        return -1;
    }

    private static String value(String line) {
        if (line == null) return null;
        int colon = valueColon(line);
        return colon < 0 ? null : line.substring(colon + 1).trim();
    }

    private static Instant dateTime(String line) {
        String value = value(line);
        String params = line.substring(0, valueColon(line));
        if (value.length() == 8) return LocalDate.parse(value, DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (value.endsWith("Z")) {
            return LocalDateTime.parse(value.substring(0, value.length() - 1), LOCAL).toInstant(ZoneOffset.UTC);
        }
        LocalDateTime local = LocalDateTime.parse(value, LOCAL);
        return local.atZone(zone(params)).toInstant();
    }

    private static ZoneId zone(String params) {
        for (String param : params.split(";")) {
            if (param.toUpperCase(Locale.ROOT).startsWith("TZID=")) {
                String id = param.substring(5).replace("\"", "").trim();
                try {
                    return ZoneId.of(WINDOWS_ZONES.getOrDefault(id, id));
                } catch (RuntimeException e) {
                    return ZoneOffset.UTC;
                }
            }
        }
        return ZoneOffset.UTC;
    }

    private static String text(String value) {
        if (value == null) return null;
        return value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
                .replace("\\\\", "\\");
    }
}
