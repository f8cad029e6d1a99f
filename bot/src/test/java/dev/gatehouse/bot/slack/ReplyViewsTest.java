package dev.gatehouse.bot.slack;

import dev.gatehouse.engine.replies.ReplyLabel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyViewsTest {
    @Test
    void a_display_name_and_address_are_read_from_a_from_header() {
        assertThat(ReplyViews.displayName("\"Dana Keller\" <dana@northwind.example>")).isEqualTo("Dana Keller");
        assertThat(ReplyViews.address("\"Dana Keller\" <dana@northwind.example>")).isEqualTo("dana@northwind.example");
    }

    @Test
    void a_bare_or_empty_from_falls_back_to_the_address_or_an_unknown_sender() {
        assertThat(ReplyViews.displayName("dana@northwind.example")).isEqualTo("dana@northwind.example");
        assertThat(ReplyViews.displayName("")).isEqualTo("an unknown sender");
    }

    @Test
    void a_low_confidence_label_is_unsure_unless_it_was_acted_on_regardless() {
        assertThat(ReplyViews.unsure(ReplyLabel.INTERESTED, 0.1)).isTrue();
        assertThat(ReplyViews.unsure(ReplyLabel.INTERESTED, 0.5)).isFalse();
        assertThat(ReplyViews.unsure(ReplyLabel.UNSUBSCRIBE, 0.1)).isFalse();
        assertThat(ReplyViews.unsure(null, 0)).isFalse();
    }
}
