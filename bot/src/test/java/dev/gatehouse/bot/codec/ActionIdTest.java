package dev.gatehouse.bot.codec;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ActionIdTest {

    @Test
    void every_wire_string_is_prefixed_and_unique() {
        var wires = Arrays.stream(ActionId.values()).map(ActionId::wire).toList();

        assertThat(wires).allMatch(w -> w.startsWith(ActionId.PREFIX)).doesNotHaveDuplicates();
    }

    @Test
    void wire_strings_round_trip() {
        for (var id : ActionId.values()) {
            assertThat(ActionId.fromWire(id.wire())).contains(id);
        }
    }

    @Test
    void wire_strings_are_stable() {
        assertThat(ActionId.APPROVE.wire()).isEqualTo("gh_approve");
        assertThat(ActionId.EDIT_SUBMIT.wire()).isEqualTo("gh_edit_submit");
        assertThat(ActionId.REPLY_DISMISS.wire()).isEqualTo("gh_reply_dismiss");
        assertThat(ActionId.REPLY_EDIT_SUBMIT.wire()).isEqualTo("gh_reply_edit_submit");
        assertThat(ActionId.MEETING_HELD.wire()).isEqualTo("gh_meeting_held");
        assertThat(ActionId.MEETING_NO_SHOW.wire()).isEqualTo("gh_meeting_no_show");
    }

    @Test
    void unknown_or_foreign_ids_are_not_recognised() {
        assertThat(ActionId.fromWire("approve")).isEmpty();
        assertThat(ActionId.fromWire("GH_APPROVE")).isEmpty();
        assertThat(ActionId.fromWire(null)).isEmpty();
    }
}
