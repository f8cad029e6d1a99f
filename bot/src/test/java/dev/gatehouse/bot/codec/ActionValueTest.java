package dev.gatehouse.bot.codec;

import dev.gatehouse.engine.gate.TouchStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionValueTest {

    @Test
    void touch_value_round_trips() {
        var value = ActionValue.touch(4711, TouchStatus.PENDING_REVIEW);

        var decoded = ActionValue.decode(value.encode());

        assertThat(decoded).isEqualTo(value);
        assertThat(decoded.touchStatus()).isEqualTo(TouchStatus.PENDING_REVIEW);
    }

    @Test
    void reply_value_round_trips() {
        var value = ActionValue.reply(Long.MAX_VALUE);

        assertThat(ActionValue.decode(value.encode())).isEqualTo(value);
    }

    @Test
    void meeting_value_round_trips_and_is_told_apart_from_a_reply() {
        var value = ActionValue.meeting(9);

        var decoded = ActionValue.decode(value.encode());

        assertThat(decoded).isEqualTo(value);
        assertThat(decoded.renderedFor()).isEqualTo(ActionValue.MEETING);
        assertThat(decoded).isNotEqualTo(ActionValue.reply(9));
    }

    @Test
    void encoded_value_is_short_and_readable() {
        var encoded = ActionValue.touch(12, TouchStatus.APPROVED).encode();

        assertThat(encoded).startsWith("v1:12:approved:").hasSizeLessThan(40);
    }

    @Test
    void changed_id_is_rejected_as_tampered() {
        var encoded = ActionValue.touch(12, TouchStatus.PENDING_REVIEW).encode();
        var tampered = encoded.replace("v1:12:", "v1:13:");

        assertThatThrownBy(() -> ActionValue.decode(tampered))
                .isInstanceOf(CodecException.class).hasMessageContaining("checksum");
    }

    @Test
    void changed_status_is_rejected_as_tampered() {
        var encoded = ActionValue.touch(12, TouchStatus.APPROVED).encode();
        var tampered = encoded.replace(":approved:", ":sent:");

        assertThatThrownBy(() -> ActionValue.decode(tampered)).isInstanceOf(CodecException.class);
    }

    @Test
    void cut_short_value_is_rejected() {
        var encoded = ActionValue.touch(12, TouchStatus.APPROVED).encode();

        assertThatThrownBy(() -> ActionValue.decode(encoded.substring(0, encoded.length() - 1)))
                .isInstanceOf(CodecException.class);
    }

    @Test
    void garbage_is_rejected_with_a_clear_message() {
        assertThatThrownBy(() -> ActionValue.decode("hello")).isInstanceOf(CodecException.class)
                .hasMessageContaining("version");
        assertThatThrownBy(() -> ActionValue.decode("")).isInstanceOf(CodecException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> ActionValue.decode(null)).isInstanceOf(CodecException.class);
        assertThatThrownBy(() -> ActionValue.decode("v1:1:2:3:4:5")).isInstanceOf(CodecException.class)
                .hasMessageContaining("fields");
        assertThatThrownBy(() -> ActionValue.decode("x".repeat(5000))).isInstanceOf(CodecException.class)
                .hasMessageContaining("longer");
    }

    @Test
    void non_numeric_id_is_rejected_even_with_valid_checksum() {
        var forged = Sealed.seal(java.util.List.of("abc", "approved"));

        assertThatThrownBy(() -> ActionValue.decode(forged)).isInstanceOf(CodecException.class)
                .hasMessageContaining("not a number");
    }

    @Test
    void reply_value_has_no_touch_status() {
        var value = ActionValue.reply(3);

        assertThatThrownBy(value::touchStatus).isInstanceOf(CodecException.class);
    }

    @Test
    void invalid_values_cannot_be_built() {
        assertThatThrownBy(() -> new ActionValue(0, "open")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActionValue(1, "has:colon")).isInstanceOf(IllegalArgumentException.class);
    }
}
