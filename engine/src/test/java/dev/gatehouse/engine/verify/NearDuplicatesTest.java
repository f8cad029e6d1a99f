package dev.gatehouse.engine.verify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicatesTest {
    private static final String VALUE = "Ledgerline automates month-end close for finance teams";
    private static final String PROOF = "Harbor Freight Lines closes its books 3 days faster with Ledgerline";

    private static String email(String name, String valueParagraph) {
        return "Hi " + name + ",\n\n" + valueParagraph + "\n\nOpen to a quick look next week?\n\nAri";
    }

    @Test
    void the_same_paragraph_with_only_the_company_swapped_is_a_near_duplicate() {
        var sentToday = NearDuplicates.of(List.of(email("Noor",
                "For a team like Alder Freight's, " + VALUE + ". One example: " + PROOF + ".")));

        var match = sentToday.repeated(email("Dana", "For a team like Northwind Freight's, " + VALUE + ". One example: "
                + PROOF + "."));

        assertThat(match).hasValueSatisfying(m -> {
            assertThat(m.paragraph()).startsWith("For a team like Northwind Freight's");
            assertThat(m.similarity()).isGreaterThanOrEqualTo(NearDuplicates.TOO_SIMILAR);
        });
    }

    @Test
    void the_same_facts_framed_differently_are_not() {
        var sentToday = NearDuplicates.of(List.of(email("Noor", VALUE + ". " + PROOF + ".")));

        assertThat(sentToday.repeated(email("Dana", "In short, " + VALUE + ". Case in point: " + PROOF + "."))).isEmpty();
    }

    @Test
    void greetings_sign_offs_and_short_asks_never_count() {
        var sentToday = NearDuplicates.of(List.of("Hi Dana,\n\nOpen to a quick look next week?\n\nAri"));

        assertThat(sentToday.repeated("Hi Dana,\n\nSomething else entirely, written for this one reader and nobody "
                + "else at all.\n\nOpen to a quick look next week?\n\nAri")).isEmpty();
    }

    @Test
    void nothing_sent_today_repeats_nothing() {
        assertThat(NearDuplicates.NONE.repeated(email("Dana", VALUE + ". " + PROOF + "."))).isEmpty();
    }
}
