package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ModalMetadata;

import java.util.List;

import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/** Modal and home views with Slack's title and block limits applied. */
final class Modals {
    private Modals() {
    }

    static View modal(ActionId callback, String title, String submit, ModalMetadata metadata, List<LayoutBlock> blocks) {
        check(blocks);
        return view(v -> v.type("modal").callbackId(callback.wire())
                .title(viewTitle(t -> t.type("plain_text").text(Text.truncate(title, Limits.VIEW_TITLE))))
                .submit(viewSubmit(s -> s.type("plain_text").text(Text.truncate(submit, Limits.VIEW_TITLE))))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .privateMetadata(metadata == null ? null : metadata.encode())
                .blocks(List.copyOf(blocks)));
    }

    static View home(List<LayoutBlock> blocks) {
        check(blocks);
        return view(v -> v.type("home").blocks(List.copyOf(blocks)));
    }

    private static void check(List<LayoutBlock> blocks) {
        if (blocks.size() > Limits.VIEW_BLOCKS) {
            throw new IllegalArgumentException("a view holds at most " + Limits.VIEW_BLOCKS + " blocks, got " + blocks.size());
        }
    }
}
