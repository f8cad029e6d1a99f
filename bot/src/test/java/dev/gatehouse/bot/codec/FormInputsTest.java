package dev.gatehouse.bot.codec;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class FormInputsTest {

    @Test
    void every_wire_id_across_actions_and_form_inputs_is_prefixed_and_unique() {
        var wires = new ArrayList<String>();
        Arrays.stream(ActionId.values()).map(ActionId::wire).forEach(wires::add);
        Arrays.stream(FormInputs.values()).forEach(f -> {
            wires.add(f.blockId());
            wires.add(f.actionId());
        });

        assertThat(wires).hasSize(ActionId.values().length + 2 * FormInputs.values().length)
                .allMatch(w -> w.startsWith(ActionId.PREFIX)).doesNotHaveDuplicates();
    }

    @Test
    void form_input_ids_are_stable() {
        assertThat(FormInputs.ICP_INDUSTRIES.blockId()).isEqualTo("gh_icp_industries");
        assertThat(FormInputs.ICP_DESCRIPTION.actionId()).isEqualTo("gh_icp_description_input");
        assertThat(FormInputs.OFFER_PRODUCT.blockId()).isEqualTo("gh_offer_product");
        assertThat(FormInputs.OFFER_SENDER_TITLE.actionId()).isEqualTo("gh_offer_sender_title_input");
        assertThat(ActionId.OFFER_SUBMIT.wire()).isEqualTo("gh_offer_submit");
    }

    @Test
    void each_action_id_is_its_block_id_with_the_input_suffix() {
        // the convention every modal already in Slack was rendered with
        assertThat(FormInputs.values()).allMatch(f -> f.actionId().equals(f.blockId() + "_input"));
    }

    @Test
    void there_are_thirteen_icp_inputs_and_six_offer_inputs() {
        assertThat(Arrays.stream(FormInputs.values()).filter(f -> f.name().startsWith("ICP_"))).hasSize(13);
        assertThat(Arrays.stream(FormInputs.values()).filter(f -> f.name().startsWith("OFFER_"))).hasSize(6);
    }
}
