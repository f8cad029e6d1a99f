package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.engine.gate.RejectReason;
import dev.gatehouse.engine.gate.ReviewItem;

import java.util.Arrays;
import java.util.List;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;

/**
 * The reject modal: a required reason (fed back to the writer and metrics) and a note, optional
 * except for "Other" ({@link RejectSubmission#errors()}: Slack cannot make one input depend on another).
 */
public final class RejectModalRenderer {
    static final int NOTE_MAX = 1000;
    static final String NOTE_LABEL = "Anything the writer should know?";

    public View render(ReviewItem item, ModalMetadata metadata) {
        List<OptionObject> options = Arrays.stream(RejectReason.values())
                .map(r -> option(plainText(Text.truncate(r.label(), Limits.OPTION_TEXT)), r.wire())).toList();
        List<LayoutBlock> blocks = List.of(
                Kit.note("Rejecting " + ReviewMessageRenderer.kindLabel(item.kind()).toLowerCase(java.util.Locale.ROOT)
                        + " to " + Text.escape(item.contact().fullName()) + " (" + Text.escape(item.account().name()) + ")"),
                input(i -> i.blockId(InputId.REJECT_REASON.blockId()).label(plainText("Why?"))
                        .element(radioButtons(r -> r.actionId(InputId.REJECT_REASON.actionId()).options(options)))),
                input(i -> i.blockId(InputId.REJECT_NOTE.blockId()).label(plainText(NOTE_LABEL))
                        .optional(true).hint(plainText("Required when the reason is Other."))
                        .element(plainTextInput(p -> p.actionId(InputId.REJECT_NOTE.actionId()).multiline(true).maxLength(NOTE_MAX)))));
        return Modals.modal(ActionId.REJECT_SUBMIT, "Reject draft", "Reject", metadata, blocks);
    }
}
