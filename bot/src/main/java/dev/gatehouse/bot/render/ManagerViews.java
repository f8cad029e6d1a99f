package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.FormInputs;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.scoring.Icp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.numberInput;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

/** What managers see: the autonomy policy ({@code /autonomy}) and the ICP editor ({@code /icp}). */
public final class ManagerViews {
    /** renderedFor in the ICP modal's metadata; its id is the ICP version the edit starts from. */
    public static final String ICP_STATE = ActionValue.ICP;

    public RenderedMessage autonomy(Map<ActionType, AutonomyLevel> levels) {
        return autonomy(levels, Map.of());
    }

    /** @param samplePercents the share of each supervised type's emails posted for review */
    public RenderedMessage autonomy(Map<ActionType, AutonomyLevel> levels, Map<ActionType, Integer> samplePercents) {
        var blocks = List.<LayoutBlock>of(
                Kit.heading("Autonomy policy"),
                Kit.md(HomeTabRenderer.autonomy(levels, samplePercents)),
                Kit.note("supervised: sent without waiting, a sample is posted for review (`/autonomy first_email "
                        + "supervised 20%`) · copilot: drafts, a person decides every time · off limits: never drafted, "
                        + "routed to a person"));
        return new RenderedMessage("Autonomy policy", blocks);
    }

    /** The /icp modal prefilled from the current ICP; {@link IcpForm#parse} reads the submission. */
    public View icpModal(Icp icp) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(Kit.note("Editing ICP version " + icp.version() + ". Saving creates a new version; scores are recomputed."));
        blocks.add(text(FormInputs.ICP_INDUSTRIES, "Industries (comma-separated)", String.join(", ", icp.industries()), false));
        blocks.add(number(FormInputs.ICP_MIN_EMPLOYEES, "Minimum employees", icp.minEmployees(), 0, null));
        blocks.add(number(FormInputs.ICP_MAX_EMPLOYEES, "Maximum employees", icp.maxEmployees(), 0, null));
        blocks.add(text(FormInputs.ICP_REGIONS, "Regions (comma-separated)", String.join(", ", icp.regions()), false));
        blocks.add(text(FormInputs.ICP_TECHNOLOGIES, "Technologies (comma-separated)", String.join(", ", icp.technologies()), false));
        blocks.add(text(FormInputs.ICP_PERSONAS, "Personas, one per line: Name: title keywords | seniorities",
                String.join("\n", icp.personas().stream().map(IcpForm::personaLine).toList()), true));
        blocks.add(text(FormInputs.ICP_EXCLUDED_DOMAINS, "Excluded domains", String.join(", ", icp.exclusions().domains()), false));
        blocks.add(text(FormInputs.ICP_COMPETITORS, "Competitors", String.join(", ", icp.exclusions().competitors()), false));
        blocks.add(text(FormInputs.ICP_CUSTOMERS, "Existing customers", String.join(", ", icp.exclusions().customers()), false));
        blocks.add(text(FormInputs.ICP_SIGNAL_WEIGHTS, "Signal weights (0 to 1), one per line: kind = weight",
                IcpForm.weightLines(icp.signalWeights()), true));
        blocks.add(number(FormInputs.ICP_HALF_LIFE_DAYS, "Signal half-life (days)", icp.signalHalfLife().toDays(), 1, null));
        blocks.add(number(FormInputs.ICP_MIN_SCORE, "Minimum score to work an account (0-100)", icp.minScore(), 0, 100L));
        blocks.add(text(FormInputs.ICP_DESCRIPTION, "Description (used for similarity)", icp.description(), true));
        var metadata = icp.version() >= 1 ? ModalMetadata.detached(ActionValue.icp(icp.version())) : null;
        return Modals.modal(ActionId.ICP_SUBMIT, "Edit ICP", "Save", metadata, blocks);
    }

    static String actionLabel(ActionType type) {
        return type.label();
    }

    private static LayoutBlock text(FormInputs field, String label, String initial, boolean multiline) {
        var value = initial == null || initial.isEmpty() ? null : Text.truncate(initial, Limits.INPUT_VALUE);
        BlockElement element = plainTextInput(p -> p.actionId(field.actionId()).multiline(multiline)
                .initialValue(value).maxLength(Limits.INPUT_VALUE));
        return input(i -> i.blockId(field.blockId()).label(plainText(label)).optional(true).element(element));
    }

    private static LayoutBlock number(FormInputs field, String label, long initial, long min, Long max) {
        BlockElement element = numberInput(n -> n.actionId(field.actionId()).decimalAllowed(false)
                .initialValue(Long.toString(initial)).minValue(Long.toString(min))
                .maxValue(max == null ? null : max.toString()));
        return input(i -> i.blockId(field.blockId()).label(plainText(label)).element(element));
    }
}
