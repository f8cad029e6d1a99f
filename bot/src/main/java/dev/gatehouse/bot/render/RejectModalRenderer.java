package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import dev.gatehouse.bot.codec.ActionId;
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

/** The reject modal: a required reason (fed back to the writer and metrics) and an optional note. */
public final class RejectModalRenderer {
    static final int NOTE_MAX = 1000;

    public View render(ReviewItem item, ModalMetadata metadata) {
        List<OptionObject> options = Arrays.stream(RejectReason.values())
                .map(r -> option(plainText(Text.truncate(r.label(), Limits.OPTION_TEXT)), r.wire())).toList();
        List<LayoutBlock> blocks = List.of(
                Kit.note("Rejecting " + ReviewMessageRenderer.kindLabel(item.kind()).toLowerCase(java.util.Locale.ROOT)
                        + " to " + Text.escape(item.contact().fullName()) + " (" + Text.escape(item.account().name()) + ")"),
                input(i -> i.blockId(RejectSubmission.REASON_BLOCK).label(plainText("Why?"))
                        .element(radioButtons(r -> r.actionId(RejectSubmission.REASON_INPUT).options(options)))),
                input(i -> i.blockId(RejectSubmission.NOTE_BLOCK).label(plainText("Anything the writer should know?"))
                        .optional(true)
                        .element(plainTextInput(p -> p.actionId(RejectSubmission.NOTE_INPUT).multiline(true).maxLength(NOTE_MAX)))));
        return Modals.modal(ActionId.REJECT_SUBMIT, "Reject draft", "Reject", metadata, blocks);
    }
}
