package dev.gatehouse.bot.render;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts a message keeps within Block Kit's limits: 50 blocks, 3000-char sections and contexts, 150-char headers. */
final class Limited {
    private Limited() {
    }

    static void assertWithinLimits(RenderedMessage message) {
        assertWithinLimits(message.blocks());
    }

    static void assertWithinLimits(List<LayoutBlock> blocks) {
        assertThat(blocks).hasSizeLessThanOrEqualTo(Limits.MESSAGE_BLOCKS);
        for (var block : blocks) {
            if (block instanceof SectionBlock s) assertThat(s.getText().getText()).hasSizeLessThanOrEqualTo(Limits.SECTION_TEXT);
            if (block instanceof HeaderBlock h) assertThat(h.getText().getText()).hasSizeLessThanOrEqualTo(Limits.HEADER_TEXT);
            if (block instanceof ContextBlock c) {
                c.getElements().stream().filter(MarkdownTextObject.class::isInstance)
                        .forEach(e -> assertThat(((MarkdownTextObject) e).getText()).hasSizeLessThanOrEqualTo(Limits.CONTEXT_TEXT));
            }
        }
    }
}
