package dev.gatehouse.engine.replies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyTextTest {

    @Test
    void quoted_lines_are_dropped() {
        var body = "Sounds good to me.\n> Would you like to unsubscribe?\n  > nested quote";

        var fresh = ReplyText.fresh(body);

        assertThat(fresh).isEqualTo("Sounds good to me.");
    }

    @Test
    void everything_after_on_wrote_is_dropped() {
        var body = "Let's talk next week.\n\nOn Tue, Nov 3, 2026 at 9:12 AM Sam <sam@gatehouse.dev> wrote:\nHi Jo, quick idea";

        var fresh = ReplyText.fresh(body);

        assertThat(fresh).isEqualTo("Let's talk next week.");
    }

    @Test
    void attribution_wrapped_over_two_lines_is_dropped() {
        var body = "No thanks.\nOn Tue, Nov 3, 2026 at 9:12 AM Sam Rivera <sam@gatehouse.dev>\nwrote:\nHi Jo";

        var fresh = ReplyText.fresh(body);

        assertThat(fresh).isEqualTo("No thanks.");
    }

    @Test
    void outlook_original_message_block_is_dropped() {
        var body = "Not now.\n\n-----Original Message-----\nFrom: Sam\nSent: Monday\nPlease book a demo";

        var fresh = ReplyText.fresh(body);

        assertThat(fresh).isEqualTo("Not now.");
    }

    @Test
    void body_without_history_is_kept_whole() {
        var body = "On second thought, send me the deck.";

        assertThat(ReplyText.fresh(body)).isEqualTo(body);
    }
}
