package dev.gatehouse.bot.render;

import dev.gatehouse.bot.codec.InputId;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ModalMetadata;

import java.util.ArrayList;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

/**
 * The "Write reply" modal: a subject prefilled as a reply to theirs, and an empty body. Its
 * submission is read with {@link EditSubmission#parse} (same block ids as the edit modal).
 */
public final class ReplyModalRenderer {
    static final int QUOTED = 1000;

    public View render(ReplyView reply, String subject, ModalMetadata metadata) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(Kit.note("To " + Text.escape(reply.fromName()) + " · " + Text.escape(reply.fromEmail())
                + (reply.accountName().isBlank() ? "" : " · " + Text.escape(reply.accountName()))
                + "\nIt goes to review like any draft: nothing is sent until someone approves it."));
        blocks.add(Kit.plain("They wrote: " + Text.truncate(reply.text().strip(), QUOTED)));
        blocks.add(input(i -> i.blockId(InputId.SUBJECT.blockId()).label(plainText("Subject"))
                .element(plainTextInput(p -> p.actionId(InputId.SUBJECT.actionId())
                        .initialValue(Text.truncate(subject, EditModalRenderer.SUBJECT_MAX))
                        .maxLength(EditModalRenderer.SUBJECT_MAX)))));
        blocks.addAll(EditModalRenderer.bodyInputs(""));
        return Modals.modal(ActionId.REPLY_EDIT_SUBMIT, "Write reply", "Send to review", metadata, blocks);
    }
}
