package dev.gatehouse.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliverabilityConfigTest {
    @Test
    void empty_env_gives_the_defaults() {
        assertThat(DeliverabilityConfig.fromEnv(Map.of())).isEqualTo(DeliverabilityConfig.DEFAULTS);
    }

    @Test
    void env_overrides_every_setting() {
        DeliverabilityConfig config = DeliverabilityConfig.fromEnv(Map.of(
                "SEND_DAYS", "MON,WED-THU", "SEND_WINDOW_START", "09:30", "SEND_WINDOW_END", "16:00",
                "MAILBOX_DAILY_CAP", "25", "SEND_MIN_SPACING_SECONDS", "120", "SEND_JITTER_SECONDS", "30",
                "MAILBOX_TIME_ZONE", "Europe/Berlin", "BOUNCE_WINDOW_SENDS", "100", "BOUNCE_PAUSE_COUNT", "4",
                "BOUNCE_PAUSE_RATE", "0.03"));

        assertThat(config.window()).isEqualTo(new SendWindow(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 30), LocalTime.of(16, 0)));
        assertThat(config.dailyCap()).isEqualTo(25);
        assertThat(config.minSpacing()).isEqualTo(Duration.ofSeconds(120));
        assertThat(config.maxJitter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.mailboxZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(config.breaker()).isEqualTo(new BounceCircuitBreaker(100, 4, 0.03));
    }

    @Test
    void reports_every_bad_value_at_once() {
        assertThatThrownBy(() -> DeliverabilityConfig.fromEnv(Map.of("SEND_DAYS", "FUNDAY", "MAILBOX_DAILY_CAP", "0",
                "MAILBOX_TIME_ZONE", "Mars/Olympus", "SEND_WINDOW_START", "18:00")))
                .hasMessageContainingAll("SEND_DAYS", "MAILBOX_DAILY_CAP", "MAILBOX_TIME_ZONE",
                        "SEND_WINDOW_START must be before SEND_WINDOW_END");
    }
}
