package dev.gatehouse.bot.render;

import com.slack.api.model.view.ViewState;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.engine.gate.RejectReason;
import dev.gatehouse.engine.gate.TouchStatus;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RejectModalRendererTest {
    private static final ModalMetadata META = ModalMetadata.of(ActionValue.touch(42, TouchStatus.PENDING_REVIEW),
            "C0REVIEWS", "1795185000.000100");

    @Test
    void reject_modal_matches_golden() {
        Golden.assertMatches("reject_modal", new RejectModalRenderer().render(Fixtures.pending(), META));
    }

    @Test
    void offers_every_reject_reason() {
        var json = Inspect.json(new RejectModalRenderer().render(Fixtures.pending(), META));

        for (var reason : RejectReason.values()) assertThat(json).contains("\"value\":\"" + reason.wire() + "\"");
    }

    @Test
    void submission_parses_reason_and_note() {
        Map<String, Map<String, ViewState.Value>> values = Map.of(
                InputId.REJECT_REASON.blockId(), Map.of(InputId.REJECT_REASON.actionId(), ViewStates.radio("factual_error")),
                InputId.REJECT_NOTE.blockId(), Map.of(InputId.REJECT_NOTE.actionId(), ViewStates.text(" wrong funding round ")));

        assertThat(RejectSubmission.parse(values)).isEqualTo(new RejectSubmission(RejectReason.FACTUAL_ERROR, "wrong funding round"));
    }

    @Test
    void submission_without_note_has_empty_note() {
        Map<String, Map<String, ViewState.Value>> values = Map.of(
                InputId.REJECT_REASON.blockId(), Map.of(InputId.REJECT_REASON.actionId(), ViewStates.radio("other")));

        assertThat(RejectSubmission.parse(values).note()).isEmpty();
    }

    @Test
    void unknown_reason_is_refused() {
        Map<String, Map<String, ViewState.Value>> values = Map.of(
                InputId.REJECT_REASON.blockId(), Map.of(InputId.REJECT_REASON.actionId(), ViewStates.radio("because")));

        assertThatThrownBy(() -> RejectSubmission.parse(values)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void other_without_a_note_is_answered_with_an_error_on_the_note_naming_it() {
        var submission = new RejectSubmission(RejectReason.OTHER, "  ");

        assertThat(submission.errors()).containsOnlyKeys(InputId.REJECT_NOTE.blockId());
        assertThat(submission.errors().get(InputId.REJECT_NOTE.blockId()))
                .contains(RejectModalRenderer.NOTE_LABEL).contains("Other");
    }

    @Test
    void other_with_a_note_is_valid() {
        assertThat(new RejectSubmission(RejectReason.OTHER, "we are already talking to their CFO").errors()).isEmpty();
    }

    @Test
    void a_named_reason_needs_no_note() {
        assertThat(new RejectSubmission(RejectReason.BAD_TIMING, "").errors()).isEmpty();
    }
}
