package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the person who replied is, so the meeting times we offer fall in their working day: the
 * contact's own time zone when one is on record; else the Date header's offset (the zone of the
 * account's country when it has that offset at the time, so daylight saving is right on later
 * days); else the country's zone; else UTC.
 */
public final class SenderZone {
    /** Slots start on the hour, from the start of the working day; the meeting ends by its close. */
    static final LocalTime DAY_START = LocalTime.of(9, 0);
    static final LocalTime DAY_END = LocalTime.of(17, 30);
    private static final List<LocalTime> SLOT_TIMES = List.of(LocalTime.of(10, 0), LocalTime.of(14, 0),
            LocalTime.of(11, 0));
    private static final ZoneId UNKNOWN = ZoneId.of("UTC");
    /** One zone per country where one zone covers (nearly) everyone; larger countries rely on the Date header. */
    private static final Map<String, String> COUNTRY_ZONES = Map.ofEntries(
            Map.entry("GB", "Europe/London"), Map.entry("UK", "Europe/London"), Map.entry("IE", "Europe/Dublin"),
            Map.entry("DE", "Europe/Berlin"), Map.entry("FR", "Europe/Paris"), Map.entry("ES", "Europe/Madrid"),
            Map.entry("NL", "Europe/Amsterdam"), Map.entry("BE", "Europe/Brussels"), Map.entry("LU", "Europe/Luxembourg"),
            Map.entry("IT", "Europe/Rome"), Map.entry("PT", "Europe/Lisbon"), Map.entry("CH", "Europe/Zurich"),
            Map.entry("AT", "Europe/Vienna"), Map.entry("DK", "Europe/Copenhagen"), Map.entry("SE", "Europe/Stockholm"),
            Map.entry("NO", "Europe/Oslo"), Map.entry("FI", "Europe/Helsinki"), Map.entry("PL", "Europe/Warsaw"),
            Map.entry("CZ", "Europe/Prague"), Map.entry("GR", "Europe/Athens"), Map.entry("RO", "Europe/Bucharest"),
            Map.entry("IL", "Asia/Jerusalem"), Map.entry("AE", "Asia/Dubai"), Map.entry("ZA", "Africa/Johannesburg"),
            Map.entry("IN", "Asia/Kolkata"), Map.entry("SG", "Asia/Singapore"), Map.entry("JP", "Asia/Tokyo"));

    private SenderZone() {
    }

    public static ZoneId of(Contact contact, Account account, Optional<String> dateHeader, Instant received) {
        if (!UNKNOWN.equals(contact.timeZone())) return contact.timeZone();
        var country = countryZone(account);
        var offset = dateHeader.flatMap(SenderZone::offset);
        if (offset.isPresent()) {
            return country.filter(zone -> zone.getRules().getOffset(received).equals(offset.get()))
                    .orElse(offset.get());
        }
        return country.orElse(UNKNOWN);
    }

    /**
     * The next {@code count} slots on working days in {@code zone}, from the day after
     * {@code after}, one per day, each inside {@link #DAY_START}..{@link #DAY_END} local time.
     */
    public static List<ZonedDateTime> workingSlots(Instant after, ZoneId zone, int count) {
        var slots = new ArrayList<ZonedDateTime>();
        var day = after.atZone(zone).toLocalDate().plusDays(1);
        while (slots.size() < count) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                slots.add(ZonedDateTime.of(day, SLOT_TIMES.get(slots.size() % SLOT_TIMES.size()), zone));
            }
            day = day.plusDays(1);
        }
        return slots;
    }

    private static Optional<ZoneId> countryZone(Account account) {
        if (account == null || account.country() == null) return Optional.empty();
        return Optional.ofNullable(COUNTRY_ZONES.get(account.country().strip().toUpperCase(Locale.ROOT))).map(ZoneId::of);
    }

    /** The offset of an RFC 5322 Date header ("Tue, 1 Dec 2026 09:12:00 +0100"). */
    static Optional<ZoneOffset> offset(String dateHeader) {
        try {
            return Optional.of(ZonedDateTime.parse(dateHeader.strip().replaceAll("\\s*\\([^)]*\\)$", ""),
                    DateTimeFormatter.RFC_1123_DATE_TIME).getOffset());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
