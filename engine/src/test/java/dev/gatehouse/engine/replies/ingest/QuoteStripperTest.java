package dev.gatehouse.engine.replies.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteStripperTest {
    @Test
    void drops_gmail_attribution_and_quote() {
        assertThat(QuoteStripper.strip("Sure.\n\nOn Tue, Mar 3, 2026 at 9:00 AM Ana <ana@gatehouse.test> wrote:\n> hi"))
                .isEqualTo("Sure.");
    }

    @Test
    void drops_german_attribution() {
        assertThat(QuoteStripper.strip("Passt.\n\nAm 03.03.2026 um 09:00 schrieb Ana Ruiz <ana@gatehouse.test>:\n> Hallo"))
                .isEqualTo("Passt.");
    }

    @Test
    void drops_outlook_header_block() {
        assertThat(QuoteStripper.strip("Not now, thanks.\n\nFrom: Ana Ruiz <ana@gatehouse.test>\nSent: Tuesday\nSubject: hi\n\nold"))
                .isEqualTo("Not now, thanks.");
    }

    @Test
    void keeps_a_sentence_that_starts_with_from() {
        assertThat(QuoteStripper.strip("From: our side, yes.\nWe can start in May."))
                .isEqualTo("From: our side, yes.\nWe can start in May.");
    }

    @Test
    void drops_signature() {
        assertThat(QuoteStripper.strip("Call me.\n-- \nMara Lind\nCTO")).isEqualTo("Call me.");
    }

    @Test
    void all_quoted_falls_back_to_the_full_text() {
        assertThat(QuoteStripper.strip("> only a quote")).isEqualTo("> only a quote");
    }
}
