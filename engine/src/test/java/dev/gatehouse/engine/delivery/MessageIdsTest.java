package dev.gatehouse.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdsTest {
    @Test
    void same_touch_gives_the_same_id() {
        assertThat(MessageIds.forTouch(123, "gatehouse.test")).isEqualTo(MessageIds.forTouch(123, "Gatehouse.TEST"));
    }

    @Test
    void touch_id_has_rfc5322_shape_with_touch_number() {
        assertThat(MessageIds.forTouch(123, "gatehouse.test")).matches("<touch-123\\.[0-9a-f]{10}@gatehouse\\.test>");
    }

    @Test
    void different_touches_get_different_ids() {
        assertThat(MessageIds.forTouch(1, "gatehouse.test")).isNotEqualTo(MessageIds.forTouch(2, "gatehouse.test"));
    }

    @Test
    void canonical_form_brackets_and_trims() {
        assertThat(MessageIds.canonical(" a.b@host ")).isEqualTo("<a.b@host>");
        assertThat(MessageIds.canonical("<<a.b@host>>")).isEqualTo("<a.b@host>");
        assertThat(MessageIds.canonical("  ")).isNull();
    }

    @Test
    void references_header_parses_in_order() {
        assertThat(MessageIds.parseList("<one@a>\r\n <two@b>  <three@c>"))
                .containsExactly("<one@a>", "<two@b>", "<three@c>");
    }
}
