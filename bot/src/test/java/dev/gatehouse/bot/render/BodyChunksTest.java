package dev.gatehouse.bot.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BodyChunksTest {

    @Test
    void short_body_is_one_chunk() {
        assertThat(BodyChunks.split("Hi there", 3000)).containsExactly("Hi there");
    }

    @Test
    void empty_body_is_one_empty_chunk() {
        assertThat(BodyChunks.split("", 3000)).containsExactly("");
    }

    @Test
    void long_body_of_paragraphs_splits_between_paragraphs_and_round_trips() {
        var paragraph = "Lorem ipsum dolor sit amet. ".repeat(30).strip();
        var body = String.join("\n\n", java.util.Collections.nCopies(12, paragraph));

        var chunks = BodyChunks.split(body, 3000);

        assertThat(body.length()).isGreaterThan(9000);
        assertThat(chunks).hasSizeGreaterThan(3).allMatch(c -> c.length() <= 3000);
        assertThat(BodyChunks.join(chunks)).isEqualTo(body);
    }

    @Test
    void single_huge_paragraph_is_cut_at_a_space_within_the_limit() {
        var body = "word ".repeat(1500).strip();

        var chunks = BodyChunks.split(body, 3000);

        assertThat(chunks).hasSize(3).allMatch(c -> c.length() <= 3000 && !c.startsWith(" ") && !c.endsWith(" "));
    }

    @Test
    void split_never_breaks_a_surrogate_pair() {
        var body = "😀".repeat(2000);

        var chunks = BodyChunks.split(body, 3000);

        assertThat(chunks).allMatch(c -> c.length() <= 3000 && !Character.isHighSurrogate(c.charAt(c.length() - 1))
                && !Character.isLowSurrogate(c.charAt(0)));
        assertThat(String.join("", chunks)).isEqualTo(body);
    }

    @Test
    void join_skips_empty_parts() {
        assertThat(BodyChunks.join(List.of("One", "", "Two\n"))).isEqualTo("One\n\nTwo");
    }
}
