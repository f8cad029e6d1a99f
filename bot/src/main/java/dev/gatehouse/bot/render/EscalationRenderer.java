package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import dev.gatehouse.engine.inbound.EscalationNotice;

import java.util.ArrayList;

/**
 * A hot escalation for the account owner: who wrote and why it was escalated. The prospect's
 * text is shown as plain text, never as markup or instructions. Nothing to click: the owner replies by hand.
 */
public final class EscalationRenderer {
    public RenderedMessage render(EscalationNotice notice) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(Kit.heading(notice.injectionSuspected() ? "🚨 Reply needs you: possible prompt injection"
                : "🚨 Reply needs you now"));
        blocks.add(Kit.md("*From* " + Text.escape(notice.from())
                + (notice.accountName() == null ? "" : " · *" + Text.escape(notice.accountName()) + "*")
                + (notice.subject().isBlank() ? "" : "\n*Subject* " + Text.escape(notice.subject()))));
        blocks.add(Kit.plain(Text.truncate(notice.excerpt(), Limits.SECTION_TEXT)));
        if (!notice.reasons().isEmpty()) blocks.add(Kit.note(Text.escape(String.join(" · ", notice.reasons()))));
        blocks.add(Kit.note("Nothing was drafted or sent, and no setting changed. Reply by hand if needed."));
        return new RenderedMessage("Escalated reply from " + Text.escape(notice.from()), blocks);
    }
}
