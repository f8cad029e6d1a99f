package dev.gatehouse.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdsTest {
    @Test
    void a_new_id_is_128_random_bits_in_base32_at_the_sending_domain() {
        assertThat(MessageIds.random("Gatehouse.TEST")).matches("<[a-z2-7]{26}@gatehouse\\.test>");
    }

    @Test
    void new_ids_reveal_no_count_or_order() {
        var ids = new java.util.HashSet<String>();
        for (int i = 0; i < 1000; i++) ids.add(MessageIds.random("gatehouse.test"));

        assertThat(ids).hasSize(1000).noneMatch(id -> id.startsWith("<touch-"));
    }

    @Test
    void a_bad_domain_is_refused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> MessageIds.random("not a domain"));
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
