package dev.gatehouse.bot.render;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.element.NumberInputElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.gatehouse.bot.codec.FormInputs;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.signals.SignalKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ManagerViewsTest {
    private final ManagerViews views = new ManagerViews();

    static Icp icp() {
        return new Icp(3, List.of("Logistics", "Retail"), 50, 1000, List.of("EMEA"), List.of("Kubernetes"),
                List.of(new Icp.Persona("Platform lead", List.of("platform", "infrastructure"), List.of("director", "vp"))),
                new Icp.Exclusions(List.of("rival.example"), List.of("Rival Inc"), List.of("Happy Co")),
                Map.of(SignalKind.FUNDING, 0.9, SignalKind.HIRING, 0.7), Duration.ofDays(21), 55,
                "Mid-size logistics companies scaling their platform team");
    }

    @Test
    void a_supervised_type_is_listed_with_its_sample_rate() {
        var json = Inspect.json(views.autonomy(Map.of(ActionType.FIRST_EMAIL, AutonomyLevel.SUPERVISED),
                Map.of(ActionType.FIRST_EMAIL, 35, ActionType.FOLLOW_UP, 20)));

        assertThat(json).contains("First email: *supervised* (35% sampled for review)")
                .contains("Follow up: *copilot* (default)").doesNotContain("20% sampled");
    }

    @Test
    void autonomy_matches_golden() {
        Golden.assertMatches("autonomy", views.autonomy(Map.of(ActionType.FIRST_EMAIL, AutonomyLevel.SUPERVISED)));
    }

    @Test
    void icp_modal_matches_golden() {
        Golden.assertMatches("icp_modal", views.icpModal(icp()));
    }

    @Test
    void icp_modal_carries_the_base_version() {
        var view = views.icpModal(icp());

        assertThat(view.getCallbackId()).isEqualTo("gh_icp_submit");
        var metadata = ModalMetadata.decode(view.getPrivateMetadata());
        assertThat(metadata.id()).isEqualTo(3);
        assertThat(metadata.renderedFor()).isEqualTo(ManagerViews.ICP_STATE);
    }

    @Test
    void submitting_the_prefilled_modal_unchanged_gives_the_same_icp() {
        var values = prefilled(views.icpModal(icp()));

        var parsed = IcpForm.parse(values, 4);

        assertThat(parsed.errors()).isEmpty();
        var b = icp();
        assertThat(parsed.icp()).isEqualTo(new Icp(4, b.industries(), b.minEmployees(), b.maxEmployees(), b.regions(),
                b.technologies(), b.personas(), b.exclusions(), b.signalWeights(), b.signalHalfLife(), b.minScore(),
                b.description()));
    }

    @Test
    void bad_values_are_reported_per_field() {
        var values = prefilled(views.icpModal(icp()));
        values.put(FormInputs.ICP_MAX_EMPLOYEES.blockId(), Map.of(FormInputs.ICP_MAX_EMPLOYEES.actionId(), ViewStates.text("10")));
        values.put(FormInputs.ICP_SIGNAL_WEIGHTS.blockId(), Map.of(FormInputs.ICP_SIGNAL_WEIGHTS.actionId(), ViewStates.text("funding = 3")));
        values.put(FormInputs.ICP_MIN_SCORE.blockId(), Map.of(FormInputs.ICP_MIN_SCORE.actionId(), ViewStates.text("abc")));

        var parsed = IcpForm.parse(values, 4);

        assertThat(parsed.icp()).isNull();
        assertThat(parsed.errors()).containsOnlyKeys(FormInputs.ICP_MAX_EMPLOYEES.blockId(),
                FormInputs.ICP_SIGNAL_WEIGHTS.blockId(), FormInputs.ICP_MIN_SCORE.blockId());
    }

    @Test
    void refusal_and_error_are_escaped() {
        var refusal = Ephemeral.refusal("Only the owner <@U1> & managers can approve");
        var error = Ephemeral.error("min_score", "must be <= 100");

        assertThat(Inspect.json(refusal.blocks())).contains("Only the owner &lt;@U1&gt; &amp; managers");
        assertThat(Inspect.json(error.blocks())).contains("*min_score*: must be &lt;= 100");
    }

    @Test
    void ephemeral_messages_match_golden() {
        Golden.assertMatches("ephemeral_refusal", Ephemeral.refusal("Only managers can change the ICP."));
        Golden.assertMatches("ephemeral_error", Ephemeral.error("industries", "cannot be empty"));
    }

    static Map<String, Map<String, ViewState.Value>> prefilled(View view) {
        var values = new HashMap<String, Map<String, ViewState.Value>>();
        for (var block : view.getBlocks()) {
            if (!(block instanceof InputBlock input)) continue;
            switch (input.getElement()) {
                case PlainTextInputElement p -> values.put(input.getBlockId(), Map.of(p.getActionId(), ViewStates.text(p.getInitialValue())));
                case NumberInputElement n -> values.put(input.getBlockId(), Map.of(n.getActionId(), ViewStates.text(n.getInitialValue())));
                default -> {
                }
            }
        }
        return values;
    }
}
