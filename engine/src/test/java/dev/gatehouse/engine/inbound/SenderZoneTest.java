package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SenderZoneTest {
    static final Instant WINTER = Instant.parse("2026-12-04T16:00:00Z"); // a Friday
    static final Account DE = account("DE");

    static Account account(String country) {
        return new Account(1, "northwind.example", "Northwind", null, null, "EMEA", country, List.of(), null, null);
    }

    static Contact contact(ZoneId zone) {
        return new Contact(1, 1, "dana@northwind.example", "Dana", null, null, null, zone, null);
    }

    @Test
    void the_contacts_own_zone_wins() {
        assertThat(SenderZone.of(contact(ZoneId.of("Europe/Lisbon")), DE, Optional.of("Fri, 4 Dec 2026 17:00:00 +0100"),
                WINTER)).isEqualTo(ZoneId.of("Europe/Lisbon"));
    }

    @Test
    void without_one_the_date_header_offset_picks_the_countrys_zone_when_they_agree() {
        assertThat(SenderZone.of(contact(null), DE, Optional.of("Fri, 4 Dec 2026 17:00:00 +0100"), WINTER))
                .isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void a_date_header_from_elsewhere_beats_the_country() {
        assertThat(SenderZone.of(contact(null), DE, Optional.of("Fri, 4 Dec 2026 11:00:00 -0500 (EST)"), WINTER))
                .isEqualTo(ZoneOffset.ofHours(-5));
    }

    @Test
    void without_a_date_header_the_country_decides_then_utc() {
        assertThat(SenderZone.of(contact(null), account("es"), Optional.empty(), WINTER)).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(SenderZone.of(contact(null), account(null), Optional.of("not a date"), WINTER)).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void slots_fall_on_the_next_working_days_inside_working_hours() {
        var tokyo = ZoneId.of("Asia/Tokyo");

        var slots = SenderZone.workingSlots(WINTER, tokyo, 3);

        assertThat(slots).extracting(s -> s.getDayOfWeek())
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertThat(slots).allSatisfy(s -> {
            assertThat(s.getZone()).isEqualTo(tokyo);
            assertThat(s.toLocalTime()).isBetween(SenderZone.DAY_START, SenderZone.DAY_END.minusHours(1));
        });
        assertThat(slots).extracting(s -> s.toLocalTime()).doesNotHaveDuplicates();
    }
}
