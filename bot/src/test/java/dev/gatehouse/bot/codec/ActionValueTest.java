package dev.gatehouse.bot.codec;

import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.ids.MeetingId;
import dev.gatehouse.engine.ids.ReplyId;
import dev.gatehouse.engine.ids.TouchId;
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
    void sample_and_exception_values_round_trip_and_stay_apart_from_touch_states() {
        var sample = ActionValue.sample(42);
        var exception = ActionValue.exception(7);

        assertThat(ActionValue.decode(sample.encode())).isEqualTo(sample);
        assertThat(ActionValue.decode(exception.encode())).isEqualTo(exception);
        assertThat(sample.renderedFor()).isEqualTo(ActionValue.SAMPLE);
        assertThat(exception.renderedFor()).isEqualTo(ActionValue.EXCEPTION);
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
        assertThatThrownBy(() -> ActionValue.of(0, "open")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActionValue.of(1, "has:colon")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActionValue.of(1, "no_such_state")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_target_encodes_to_the_same_string_as_before_and_decodes_to_the_same_kind() {
        // golden strings: v1:id:renderedFor:crc32, as buttons already posted in Slack carry them
        var golden = java.util.Map.of(
                ActionValue.touch(42, TouchStatus.PENDING_REVIEW), "v1:42:pending_review:f626643f",
                ActionValue.touch(42, TouchStatus.APPROVED), "v1:42:approved:b1384c58",
                ActionValue.reply(42), "v1:42:open:4ea1ddf5",
                ActionValue.meeting(42), "v1:42:meeting:4d8737cc",
                ActionValue.icp(3), "v1:3:icp:842cae37");

        golden.forEach((value, wire) -> {
            assertThat(value.encode()).isEqualTo(wire);
            var decoded = ActionValue.decode(wire);
            assertThat(decoded).isEqualTo(value);
            assertThat(decoded.target()).hasSameClassAs(value.target());
        });
    }

    @Test
    void the_same_number_is_a_different_target_for_a_touch_a_reply_and_a_meeting() {
        var targets = java.util.List.of(ActionValue.decode(ActionValue.touch(7, TouchStatus.SENT).encode()).target(),
                ActionValue.decode(ActionValue.reply(7).encode()).target(),
                ActionValue.decode(ActionValue.meeting(7).encode()).target());

        assertThat(targets).satisfiesExactly(
                t -> assertThat(t).isEqualTo(new ActionValue.Target.Touch(new TouchId(7), TouchStatus.SENT)),
                t -> assertThat(t).isEqualTo(new ActionValue.Target.Reply(new ReplyId(7))),
                t -> assertThat(t).isEqualTo(new ActionValue.Target.Meeting(new MeetingId(7))));
    }

    @Test
    void a_signed_value_for_no_known_target_is_a_codec_error() {
        var forged = Sealed.seal(java.util.List.of("7", "no_such_state"));

        assertThatThrownBy(() -> ActionValue.decode(forged)).isInstanceOf(CodecException.class)
                .hasMessageContaining("no target");
    }

    @Test
    void a_close_round_trips_with_its_stage_and_the_version_it_is_based_on() {
        var value = ActionValue.close(42, dev.gatehouse.engine.outcomes.Stage.LOST, 7);

        var decoded = ActionValue.decode(value.encode());

        assertThat(decoded).isEqualTo(value);
        assertThat(decoded.renderedFor()).isEqualTo("lost_7");
        assertThat(decoded.target()).isInstanceOfSatisfying(ActionValue.Target.Close.class, c -> {
            assertThat(c.stage()).isEqualTo(dev.gatehouse.engine.outcomes.Stage.LOST);
            assertThat(c.basedOnVersion()).isEqualTo(7);
        });
        assertThat(ActionValue.decode(ActionValue.close(1, dev.gatehouse.engine.outcomes.Stage.WON, 0).encode()).renderedFor())
                .isEqualTo("won_0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ActionValue.close(1, dev.gatehouse.engine.outcomes.Stage.QUALIFIED, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
