package dev.gatehouse.bot.render;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.view.ViewState;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.verify.Problem;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.gatehouse.bot.render.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class EditModalRendererTest {
    private static final ModalMetadata META =
            ModalMetadata.of(ActionValue.touch(42, TouchStatus.PENDING_REVIEW), "C0REVIEWS", "1795185000.000100");
    private final EditModalRenderer renderer = new EditModalRenderer();

    @Test
    void edit_modal_matches_golden() {
        Golden.assertMatches("edit_modal", renderer.render(pending(), META));
    }

    @Test
    void edit_modal_with_warnings_matches_golden() {
        var warnings = List.of(new Problem("we cut build times by 60%", "number not in any proof point"));
        Golden.assertMatches("edit_modal_warnings",
                renderer.renderWithWarnings(pending(), "New subject", "New body", warnings, META));
    }

    @Test
    void modal_is_prefilled_and_carries_metadata_and_callback() {
        var view = renderer.render(pending(), META);

        assertThat(view.getCallbackId()).isEqualTo("gh_edit_submit");
        assertThat(ModalMetadata.decode(view.getPrivateMetadata())).isEqualTo(META);
        assertThat(ViewStates.initialValues(view, InputId.SUBJECT.actionId())).containsExactly(draft().subject());
        assertThat(ViewStates.initialValues(view, InputId.BODY.actionId())).containsExactly(draft().body());
    }

    @Test
    void long_body_is_spread_over_inputs_of_at_most_3000_and_parses_back() {
        var paragraph = "Ship faster with fewer flaky builds, and keep the team focused. ".repeat(12).strip();
        var body = String.join("\n\n", java.util.Collections.nCopies(10, paragraph));
        var item = item(TouchStatus.PENDING_REVIEW, new Verification.Passed(), null, signals(1),
                new Draft("s", body, List.of(), "offline", null));

        var view = renderer.render(item, META);

        var parts = ViewStates.initialValues(view, InputId.BODY.actionId());
        assertThat(parts).hasSizeGreaterThan(2).allMatch(p -> p.length() <= Limits.INPUT_VALUE);
        assertThat(EditSubmission.parse(submitted("s", parts, false)).body()).isEqualTo(body);
    }

    @Test
    void nearly_full_body_gets_a_spare_continuation_input() {
        var body = "a".repeat(2900);
        var item = item(TouchStatus.PENDING_REVIEW, new Verification.Passed(), null, signals(1),
                new Draft("s", body, List.of(), "offline", null));

        var parts = ViewStates.initialValues(renderer.render(item, META), InputId.BODY.actionId());

        assertThat(parts).containsExactly(body, "");
    }

    @Test
    void warnings_add_a_required_confirmation_checkbox() {
        var view = renderer.renderWithWarnings(pending(), "s", "b", List.of(new Problem("claim", "why")), META);

        var confirm = view.getBlocks().stream().filter(InputBlock.class::isInstance).map(InputBlock.class::cast)
                .filter(b -> b.getBlockId().equals(InputId.CONFIRM_CLAIMS.blockId())).findFirst().orElseThrow();
        assertThat(confirm.isOptional()).isFalse();
        assertThat(((CheckboxesElement) confirm.getElement()).getOptions().getFirst().getText().getText())
                .isEqualTo("I confirm these claims are true");
    }

    @Test
    void no_warnings_no_confirmation() {
        var view = renderer.render(pending(), META);

        assertThat(Inspect.json(view)).doesNotContain(InputId.CONFIRM_CLAIMS.blockId());
    }

    @Test
    void submission_reads_confirmation() {
        assertThat(EditSubmission.parse(submitted("s", List.of("b"), true)).claimsConfirmed()).isTrue();
        assertThat(EditSubmission.parse(submitted("s", List.of("b"), false)).claimsConfirmed()).isFalse();
    }

    @Test
    void blank_subject_and_body_are_reported_per_block() {
        var submission = EditSubmission.parse(submitted("  ", List.of(" ", ""), false));

        assertThat(submission.errors()).containsOnlyKeys("gh_subject", "gh_body_0");
    }

    @Test
    void a_subject_longer_than_the_modal_allows_is_reported_on_its_block() {
        var submission = EditSubmission.parse(submitted("s".repeat(EditModalRenderer.SUBJECT_MAX + 1), List.of("b"), false));

        assertThat(submission.errors()).containsOnlyKeys("gh_subject");
    }

    @Test
    void title_fits_slack_limit() {
        assertThat(renderer.render(pending(), META).getTitle().getText()).hasSizeLessThanOrEqualTo(Limits.VIEW_TITLE);
    }

    private static Map<String, Map<String, ViewState.Value>> submitted(String subject, List<String> parts, boolean confirmed) {
        var values = new HashMap<String, Map<String, ViewState.Value>>();
        if (subject != null) values.put(InputId.SUBJECT.blockId(), Map.of(InputId.SUBJECT.actionId(), ViewStates.text(subject)));
        for (int i = parts.size() - 1; i >= 0; i--) {
            values.put(InputId.BODY.blockId(i), Map.of(InputId.BODY.actionId(), ViewStates.text(parts.get(i))));
        }
        if (confirmed) values.put(InputId.CONFIRM_CLAIMS.blockId(), Map.of(InputId.CONFIRM_CLAIMS.actionId(), ViewStates.checkboxes(EditSubmission.CONFIRMED)));
        return values;
    }
}
