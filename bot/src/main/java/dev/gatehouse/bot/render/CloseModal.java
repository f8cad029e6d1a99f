package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.engine.Outcomes;
import dev.gatehouse.engine.outcomes.OutcomeCommand;
import dev.gatehouse.engine.outcomes.Stage;

import java.util.List;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

/**
 * The modal Won / Lost on a meeting brief open: the deal's amount and a note, both optional. It
 * says where the account stands now, the version the close will be based on. Pure.
 */
public final class CloseModal {
    static final int AMOUNT_MAX = 32;

    private CloseModal() {
    }

    public static View render(Outcomes.Standing standing, Stage stage, ModalMetadata metadata) {
        var now = standing.outcome().map(o -> "now *" + o.stage().wire().replace('_', '-') + "* (version " + o.version() + ")")
                .orElse("no outcome recorded yet");
        List<LayoutBlock> blocks = List.of(
                Kit.note(Text.truncateMrkdwn("*" + Text.escape(standing.accountName()) + "* (" + Text.escape(standing.domain())
                        + ") · " + now + ". Recording *" + stage.wire() + "* makes a new version, audited; it counts in the "
                        + "week's report and the digest.", Limits.SECTION_TEXT)),
                input(i -> i.blockId(InputId.CLOSE_AMOUNT.blockId()).label(plainText("Amount (USD)")).optional(true)
                        .element(plainTextInput(p -> p.actionId(InputId.CLOSE_AMOUNT.actionId()).maxLength(AMOUNT_MAX)
                                .placeholder(plainText("12000, 12k or $12,000.50"))))),
                input(i -> i.blockId(InputId.CLOSE_NOTE.blockId()).label(plainText("Note")).optional(true)
                        .element(plainTextInput(p -> p.actionId(InputId.CLOSE_NOTE.actionId()).multiline(true)
                                .maxLength(OutcomeCommand.MAX_NOTE)))));
        var verb = stage == Stage.WON ? "Record won" : "Record lost";
        return Modals.modal(ActionId.OUTCOME_CLOSE_SUBMIT, verb, verb, metadata, blocks);
    }
}
