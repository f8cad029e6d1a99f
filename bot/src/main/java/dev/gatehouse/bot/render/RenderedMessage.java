package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;

import java.util.List;
import java.util.Objects;

/**
 * A message ready for chat.postMessage / chat.update: {@code fallbackText} is the notification
 * and screen-reader text, {@code blocks} what Slack shows.
 */
public record RenderedMessage(String fallbackText, List<LayoutBlock> blocks) {
    public RenderedMessage {
        Objects.requireNonNull(fallbackText, "fallbackText");
        blocks = List.copyOf(blocks);
        if (blocks.size() > Limits.MESSAGE_BLOCKS) {
            throw new IllegalArgumentException("a message holds at most " + Limits.MESSAGE_BLOCKS + " blocks, got " + blocks.size());
        }
        fallbackText = Text.truncate(fallbackText, Limits.MESSAGE_TEXT);
    }
}
