package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

/**
 * A modal that asks one thing, a reason: Flag on a sampled email, Dismiss on an item of the
 * exceptions queue. The reason is required.
 */
public final class ReasonModal {
    static final int REASON_MAX = 1000;

    private ReasonModal() {
    }

    /** The flag modal for a sampled email; its reason is fed to the writer. */
    public static View flag(String about, ModalMetadata metadata) {
        return render(ActionId.SAMPLE_FLAG_SUBMIT, "Flag sent email", "Flag", "Flagging " + Text.escape(about)
                + ". The reason is fed back to the writer, like a rejection.", InputId.FLAG_REASON, "What is wrong with it?",
                metadata);
    }

    public static View dismiss(String about, ModalMetadata metadata) {
        return render(ActionId.EXCEPTION_DISMISS_SUBMIT, "Dismiss", "Dismiss", "Dismissing: " + Text.escape(about),
                InputId.DISMISS_REASON, "Why does it need nobody?", metadata);
    }

    private static View render(ActionId callback, String title, String submit, String note, InputId reason, String label,
                               ModalMetadata metadata) {
        List<LayoutBlock> blocks = List.of(
                Kit.note(Text.truncateMrkdwn(note, Limits.SECTION_TEXT)),
                input(i -> i.blockId(reason.blockId()).label(plainText(label))
                        .element(plainTextInput(p -> p.actionId(reason.actionId()).multiline(true).maxLength(REASON_MAX)))));
        return Modals.modal(callback, title, submit, metadata, blocks);
    }

    /** The reason submitted in {@code input}, stripped; empty when none was given. */
    public static Optional<String> reason(Map<String, Map<String, ViewState.Value>> values, InputId input) {
        var actions = values.get(input.blockId());
        var value = actions == null ? null : actions.get(input.actionId());
        return Optional.ofNullable(value == null ? null : value.getValue()).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.length() > REASON_MAX ? s.substring(0, REASON_MAX) : s);
    }
}
