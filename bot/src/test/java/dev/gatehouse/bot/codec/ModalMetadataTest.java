package dev.gatehouse.bot.codec;

import dev.gatehouse.engine.gate.TouchStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModalMetadataTest {

    @Test
    void metadata_with_message_round_trips() {
        var meta = ModalMetadata.of(ActionValue.touch(9, TouchStatus.PENDING_REVIEW), "C0123ABC", "1732230000.123456");

        var decoded = ModalMetadata.decode(meta.encode());

        assertThat(decoded).isEqualTo(meta);
        assertThat(decoded.hasMessage()).isTrue();
        assertThat(decoded.value()).isEqualTo(ActionValue.touch(9, TouchStatus.PENDING_REVIEW));
    }

    @Test
    void detached_metadata_round_trips() {
        var meta = ModalMetadata.detached(ActionValue.reply(5));

        var decoded = ModalMetadata.decode(meta.encode());

        assertThat(decoded).isEqualTo(meta);
        assertThat(decoded.hasMessage()).isFalse();
    }

    @Test
    void tampered_channel_is_rejected() {
        var encoded = ModalMetadata.of(ActionValue.reply(5), "C0123ABC", "1.2").encode();

        assertThatThrownBy(() -> ModalMetadata.decode(encoded.replace("C0123ABC", "C0999ABC")))
                .isInstanceOf(CodecException.class).hasMessageContaining("checksum");
    }

    @Test
    void an_action_value_is_not_accepted_as_metadata() {
        var buttonValue = ActionValue.reply(5).encode();

        assertThatThrownBy(() -> ModalMetadata.decode(buttonValue)).isInstanceOf(CodecException.class);
    }

    @Test
    void channel_without_message_ts_cannot_be_built() {
        assertThatThrownBy(() -> new ModalMetadata(ActionValue.reply(1), "C1", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forged_metadata_with_bad_channel_is_rejected_as_codec_error() {
        var forged = Sealed.seal(java.util.List.of("1", "open", "not a channel", "1.2"));

        assertThatThrownBy(() -> ModalMetadata.decode(forged)).isInstanceOf(CodecException.class)
                .hasMessageContaining("malformed");
    }

    @Test
    void metadata_encodes_to_the_same_string_as_before() {
        var meta = ModalMetadata.of(ActionValue.reply(42), "C0123ABC", "1732230000.123456");

        assertThat(meta.encode()).isEqualTo("v1:42:open:C0123ABC:1732230000.123456:b02a938c");
        assertThat(ModalMetadata.decode(meta.encode()).value().target())
                .isEqualTo(new ActionValue.Target.Reply(new dev.gatehouse.engine.ids.ReplyId(42)));
    }
}
