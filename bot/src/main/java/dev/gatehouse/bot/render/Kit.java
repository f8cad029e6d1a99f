package dev.gatehouse.bot.render;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;

import java.util.List;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/** Block builders with Slack's limits built in; every renderer goes through these. */
final class Kit {
    private Kit() {
    }

    static HeaderBlock heading(String text) {
        return header(h -> h.text(plainText(Text.truncate(text, Limits.HEADER_TEXT), true)));
    }

    /** A mrkdwn section; the caller has escaped any data in it. Over-long text is cut with {@link Text#TRUNCATED_NOTE}. */
    static SectionBlock md(String mrkdwn) {
        return section(s -> s.text(markdownText(Text.truncateWithNote(mrkdwn, Limits.SECTION_TEXT, true))));
    }

    /** A plain_text section: prospect and draft text is data, so it is never interpreted as mrkdwn. */
    static SectionBlock plain(String text) {
        var shown = text == null || text.isEmpty() ? " " : text;
        return section(s -> s.text(plainText(Text.truncateWithNote(shown, Limits.SECTION_TEXT, false), false)));
    }

    static ContextBlock note(String mrkdwn) {
        return context(List.of(markdownText(Text.truncateMrkdwn(mrkdwn, Limits.CONTEXT_TEXT))));
    }

    static ButtonElement button(ActionId action, String label, ActionValue value, String style) {
        return com.slack.api.model.block.element.BlockElements.button(b -> b
                .actionId(action.wire())
                .text(plainText(Text.truncate(label, Limits.BUTTON_TEXT), true))
                .value(value.encode())
                .style(style));
    }

    /**
     * A button that opens a URL. Slack still sends block_actions for it, so {@code action} needs a
     * handler that only acknowledges.
     */
    static ButtonElement linkButton(ActionId action, String label, String url) {
        return com.slack.api.model.block.element.BlockElements.button(b -> b
                .actionId(action.wire())
                .text(plainText(Text.truncate(label, Limits.BUTTON_TEXT), true))
                .url(url));
    }

    static ActionsBlock buttons(String blockId, List<BlockElement> elements) {
        return actions(a -> a.blockId(blockId).elements(elements));
    }
}
