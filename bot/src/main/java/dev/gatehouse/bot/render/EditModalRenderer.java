package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.verify.Problem;

import java.util.ArrayList;
import java.util.List;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

/**
 * The edit modal, prefilled with the draft. A body longer than one input (3000 chars) is spread
 * over several; {@link EditSubmission#parse} joins them back. When re-verification of an edit
 * found unsupported claims, the modal is shown again with them and a required confirmation.
 */
public final class EditModalRenderer {
    static final int SUBJECT_MAX = 300;
    static final int MAX_BODY_INPUTS = 20;

    public View render(ReviewItem item, ModalMetadata metadata) {
        return renderWithWarnings(item, item.draft().subject(), item.draft().body(), List.of(), metadata);
    }

    /** The modal again with what the person typed and the claims a person must confirm. */
    public View renderWithWarnings(ReviewItem item, String subject, String body, List<Problem> warnings,
                                   ModalMetadata metadata) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(Kit.note("To " + Text.escape(item.contact().fullName()) + " · " + Text.escape(item.contact().email())
                + " · " + Text.escape(item.account().name())));
        blocks.add(input(i -> i.blockId(InputId.SUBJECT.blockId()).label(plainText("Subject"))
                .element(plainTextInput(p -> p.actionId(InputId.SUBJECT.actionId())
                        .initialValue(Text.truncate(subject, SUBJECT_MAX)).maxLength(SUBJECT_MAX)))));
        blocks.addAll(bodyInputs(body));
        if (!warnings.isEmpty()) blocks.addAll(confirmation(warnings));
        return Modals.modal(ActionId.EDIT_SUBMIT, "Edit draft", "Save", metadata, blocks);
    }

    static List<LayoutBlock> bodyInputs(String body) {
        var chunks = new ArrayList<>(BodyChunks.split(body, Limits.INPUT_VALUE));
        if (chunks.getLast().length() > Limits.INPUT_VALUE * 2 / 3) chunks.add("");
        if (chunks.size() > MAX_BODY_INPUTS) {
            throw new IllegalArgumentException("body too long to edit in Slack: " + body.length() + " chars");
        }
        var blocks = new ArrayList<LayoutBlock>();
        for (int n = 0; n < chunks.size(); n++) {
            int index = n;
            var label = n == 0 ? "Email" : "Email (continued, part " + (n + 1) + ")";
            var chunk = chunks.get(n);
            blocks.add(input(i -> i.blockId(InputId.BODY.blockId(index)).label(plainText(label))
                    .optional(index > 0)
                    .element(plainTextInput(p -> p.actionId(InputId.BODY.actionId()).multiline(true)
                            .initialValue(chunk.isEmpty() ? null : chunk).maxLength(Limits.INPUT_VALUE)))));
        }
        return blocks;
    }

    private static List<LayoutBlock> confirmation(List<Problem> warnings) {
        var text = new StringBuilder("⚠️ Re-verification could not ground these claims in a signal or an approved proof point:");
        warnings.forEach(p -> text.append("\n• “").append(p.claim()).append("” — ").append(p.reason()));
        return List.of(Kit.plain(text.toString()),
                input(i -> i.blockId(InputId.CONFIRM_CLAIMS.blockId()).label(plainText("Confirmation"))
                        .element(checkboxes(c -> c.actionId(InputId.CONFIRM_CLAIMS.actionId()).options(List.of(
                                option(plainText("I confirm these claims are true"), EditSubmission.CONFIRMED)))))));
    }
}
