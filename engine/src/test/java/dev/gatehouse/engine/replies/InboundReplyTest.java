package dev.gatehouse.engine.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InboundReplyTest {

    @Test
    void headers_are_looked_up_case_insensitively() {
        var reply = new InboundReply("s", "b", "a@b.test", Map.of("X-AutoReply", List.of("yes")), LocalDate.of(2026, 1, 1));

        assertThat(reply.firstHeader("x-autoreply")).contains("yes");
    }

    @Test
    void received_date_is_required() {
        assertThatThrownBy(() -> InboundReply.of("s", "b", null)).isInstanceOf(NullPointerException.class);
    }
}
