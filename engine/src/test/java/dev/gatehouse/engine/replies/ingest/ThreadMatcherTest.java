package dev.gatehouse.engine.replies.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ThreadMatcherTest {
    private static final Map<String, Long> SENT = Map.of(
            "<touch-60.aaaaaaaaaa@gatehouse.test>", 60L,
            "<touch-77.bbbbbbbbbb@gatehouse.test>", 77L);
    private static final SentMessageLookup LOOKUP = id -> SENT.containsKey(id)
            ? OptionalLong.of(SENT.get(id)) : OptionalLong.empty();

    private static InboundMessage reply(String inReplyTo, List<String> references) {
        return new InboundMessage("<r@prospect.test>", inReplyTo, references, "mara@prospect.test", List.of(),
                "Re: x", "ok", "ok", Map.of(), Instant.EPOCH, Optional.empty(), false, Optional.empty());
    }

    @Test
    void in_reply_to_wins() {
        Optional<ThreadMatch> match = ThreadMatcher.match(
                reply("<touch-60.aaaaaaaaaa@gatehouse.test>", List.of("<touch-77.bbbbbbbbbb@gatehouse.test>")), LOOKUP);

        assertThat(match).contains(new ThreadMatch(60, "<touch-60.aaaaaaaaaa@gatehouse.test>", ThreadMatch.Via.IN_REPLY_TO));
    }

    @Test
    void references_are_tried_newest_first() {
        Optional<ThreadMatch> match = ThreadMatcher.match(reply("<their-own@prospect.test>", List.of(
                "<touch-60.aaaaaaaaaa@gatehouse.test>", "<touch-77.bbbbbbbbbb@gatehouse.test>", "<x@prospect.test>")), LOOKUP);

        assertThat(match).hasValueSatisfying(m -> {
            assertThat(m.touchId()).isEqualTo(77);
            assertThat(m.via()).isEqualTo(ThreadMatch.Via.REFERENCES);
        });
    }

    @Test
    void brackets_and_spaces_do_not_matter() {
        assertThat(ThreadMatcher.match(reply(" touch-77.bbbbbbbbbb@gatehouse.test ", List.of()), LOOKUP))
                .hasValueSatisfying(m -> assertThat(m.touchId()).isEqualTo(77));
    }

    @Test
    void unknown_ids_match_nothing() {
        assertThat(ThreadMatcher.match(reply("<nope@prospect.test>", List.of("<also-nope@prospect.test>")), LOOKUP))
                .isEmpty();
    }
}
