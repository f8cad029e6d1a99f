package dev.gatehouse.engine.delivery;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The days and local hours (start inclusive, end exclusive) when a recipient may get an email. */
public record SendWindow(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    public static final SendWindow BUSINESS_HOURS = new SendWindow(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(17, 0));

    public SendWindow {
        Objects.requireNonNull(days, "days");
        if (days.isEmpty()) throw new IllegalArgumentException("at least one send day is required");
        days = Set.copyOf(days);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) throw new IllegalArgumentException("window start must be before its end");
    }

    /** The earliest instant at or after {@code now} that falls inside the window in {@code zone}. */
    public Instant nextAllowed(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate date = local.toLocalDate();
        for (int i = 0; i <= 7; i++, date = date.plusDays(1)) {
            if (!days.contains(date.getDayOfWeek())) continue;
            Instant opens = ZonedDateTime.of(date, start, zone).toInstant();
            Instant closes = ZonedDateTime.of(date, end, zone).toInstant();
            if (now.isBefore(opens)) return opens;
            if (now.isBefore(closes)) return now;
        }
        throw new IllegalStateException("no send day within a week");
    }

    public boolean contains(Instant instant, ZoneId zone) {
        return nextAllowed(instant, zone).equals(instant);
    }
}
