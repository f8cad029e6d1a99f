package dev.gatehouse.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SendWindowTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final SendWindow window = SendWindow.BUSINESS_HOURS;

    private static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    @Test
    void friday_evening_moves_to_monday_morning() {
        Instant fridayLate = berlin("2026-03-06T17:30");

        assertThat(window.nextAllowed(fridayLate, BERLIN)).isEqualTo(berlin("2026-03-09T08:00"));
    }

    @Test
    void inside_the_window_sends_now() {
        Instant tuesdayNoon = berlin("2026-03-03T12:00");

        assertThat(window.nextAllowed(tuesdayNoon, BERLIN)).isEqualTo(tuesdayNoon);
    }

    @Test
    void early_morning_waits_for_opening_the_same_day() {
        assertThat(window.nextAllowed(berlin("2026-03-03T06:15"), BERLIN)).isEqualTo(berlin("2026-03-03T08:00"));
    }

    @Test
    void end_of_window_is_exclusive() {
        assertThat(window.nextAllowed(berlin("2026-03-03T17:00"), BERLIN)).isEqualTo(berlin("2026-03-04T08:00"));
    }

    @Test
    void recipient_zone_decides_not_the_server_zone() {
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant berlinAfternoon = berlin("2026-03-03T15:00"); // 09:00 in New York

        assertThat(window.nextAllowed(berlinAfternoon, newYork)).isEqualTo(berlinAfternoon);
        assertThat(window.nextAllowed(berlin("2026-03-03T13:00"), newYork))
                .isEqualTo(ZonedDateTime.of(2026, 3, 3, 8, 0, 0, 0, newYork).toInstant());
    }

    @Test
    void configured_days_and_hours_are_respected() {
        SendWindow tuesdaysOnly = new SendWindow(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(10, 0), LocalTime.of(11, 0));

        assertThat(tuesdaysOnly.nextAllowed(berlin("2026-03-03T11:30"), BERLIN)).isEqualTo(berlin("2026-03-10T10:00"));
    }
}
