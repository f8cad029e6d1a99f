package dev.gatehouse.bot.codec;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputIdTest {
    @Test
    void wire_ids_of_modals_already_open_never_change() {
        assertThat(InputId.SUBJECT.blockId()).isEqualTo("gh_subject");
        assertThat(InputId.SUBJECT.actionId()).isEqualTo("gh_subject_input");
        assertThat(InputId.BODY.blockId(0)).isEqualTo("gh_body_0");
        assertThat(InputId.BODY.actionId()).isEqualTo("gh_body_input");
        assertThat(InputId.CONFIRM_CLAIMS.blockId()).isEqualTo("gh_confirm_claims");
        assertThat(InputId.CONFIRM_CLAIMS.actionId()).isEqualTo("gh_confirm_claims_input");
        assertThat(InputId.REJECT_REASON.blockId()).isEqualTo("gh_reject_reason");
        assertThat(InputId.REJECT_REASON.actionId()).isEqualTo("gh_reject_reason_input");
        assertThat(InputId.REJECT_NOTE.blockId()).isEqualTo("gh_reject_note");
        assertThat(InputId.REJECT_NOTE.actionId()).isEqualTo("gh_reject_note_input");
    }

    @Test
    void action_ids_are_unique_and_prefixed() {
        var ids = Arrays.stream(InputId.values()).map(InputId::actionId).toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.startsWith(ActionId.PREFIX));
    }

    @Test
    void a_repeated_inputs_part_round_trips_through_its_block_id() {
        for (int part : new int[]{0, 1, 7, 19}) {
            assertThat(InputId.BODY.part(InputId.BODY.blockId(part))).isEqualTo(OptionalInt.of(part));
        }
    }

    @Test
    void block_ids_that_are_not_parts_of_the_input_are_not_read_as_parts() {
        assertThat(InputId.BODY.part("gh_subject")).isEmpty();
        assertThat(InputId.BODY.part("gh_body_")).isEmpty();
        assertThat(InputId.BODY.part("gh_body_x1")).isEmpty();
        assertThat(InputId.BODY.part(null)).isEmpty();
        assertThat(InputId.SUBJECT.part("gh_subject")).isEmpty();
    }

    @Test
    void single_and_repeated_inputs_refuse_the_other_kind_of_block_id() {
        assertThatThrownBy(() -> InputId.BODY.blockId()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> InputId.SUBJECT.blockId(0)).isInstanceOf(IllegalStateException.class);
    }
}
