package dev.gatehouse.engine.inbound;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SlotConfirmationTest {
    private static final Instant PROPOSED = Instant.parse("2026-11-20T09:00:00Z");
    private static final String PROPOSAL = """
            Hi Dana,

            Happy to set up a call. Would one of these work for you?

            - Monday 23 November, 10:00 (Europe/Berlin)
            - Tuesday 24 November, 10:00 (Europe/Berlin)
            - Wednesday 25 November, 10:00 (Europe/Berlin)

            Ari""";

    private final List<ZonedDateTime> slots = SlotConfirmation.slots(PROPOSAL, PROPOSED);

    @Test
    void reads_the_proposed_slots_with_their_zone_and_year() {
        assertThat(slots).containsExactly(
                ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")),
                ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")),
                ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")));
    }

    @Test
    void a_reply_naming_one_slot_confirms_it() {
        assertThat(SlotConfirmation.confirmed("Tuesday works for me, talk then.", slots)).contains(slots.get(1));
        assertThat(SlotConfirmation.confirmed("Let's do the 25th.", slots)).contains(slots.get(2));
        assertThat(SlotConfirmation.confirmed("November 23 is good", slots)).contains(slots.get(0));
    }

    @Test
    void a_decline_or_an_ambiguous_answer_confirms_nothing() {
        assertThat(SlotConfirmation.confirmed("Monday or Tuesday, either is fine", slots)).isEmpty();
        assertThat(SlotConfirmation.confirmed("Tuesday doesn't work, sorry", slots)).isEmpty();
        assertThat(SlotConfirmation.confirmed("Sounds good", slots)).isEmpty();
    }
}
