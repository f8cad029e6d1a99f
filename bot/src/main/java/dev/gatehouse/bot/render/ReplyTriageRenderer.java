package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A triaged prospect reply: what they wrote (as plain text: it is data, and may try to instruct
 * the agent), the label and confidence, and the suggested answer with approve / edit / dismiss.
 */
public final class ReplyTriageRenderer {
    static final String ACTIONS_BLOCK = "gh_reply_actions";

    public RenderedMessage render(ReplyView reply) {
        var blocks = body(reply);
        blocks.add(Kit.buttons(ACTIONS_BLOCK, buttons(reply)));
        return new RenderedMessage(fallback(reply), blocks);
    }

    /** After a person acted: the buttons give way to who did what, and when. */
    public RenderedMessage renderResolved(ReplyView reply, String actor, Instant at, String outcome) {
        var blocks = body(reply);
        blocks.add(Kit.md("✅ " + Text.escape(outcome) + " by " + Text.mention(actor) + " " + Text.date(at)));
        return new RenderedMessage(Text.escape(outcome + ": reply from " + reply.fromName()), blocks);
    }

    private static ArrayList<LayoutBlock> body(ReplyView reply) {
        var blocks = new ArrayList<LayoutBlock>();
        var account = reply.accountName().isBlank() ? "" : ", " + reply.accountName();
        blocks.add(Kit.heading("Reply from " + reply.fromName() + account));
        if (reply.injectionSuspected()) {
            blocks.add(Kit.md("🚨 *Possible prompt injection.* This reply contains text that tries to instruct the agent. "
                    + "Nothing was acted on; treat its links and requests with care."));
        }
        blocks.add(Kit.note("Triage: *" + Text.escape(label(reply.label())) + "* · "
                + Math.round(reply.confidence() * 100) + "% confident · " + Text.escape(reply.fromEmail())));
        if (reply.returnDate() != null) blocks.add(Kit.md("🗓️ Out of office until " + Text.escape(reply.returnDate())));
        if (reply.referredTo() != null) blocks.add(Kit.md("👉 Referred us to " + Text.escape(reply.referredTo())));
        blocks.add(Kit.md("*What they wrote*"));
        blocks.add(Kit.plain(reply.excerpt()));
        if (reply.suggestedReply() != null) {
            blocks.add(Kit.md("*Suggested reply*"));
            blocks.add(Kit.plain(reply.suggestedReply()));
        }
        return blocks;
    }

    private static List<BlockElement> buttons(ReplyView reply) {
        var value = ActionValue.reply(reply.replyId());
        var buttons = new ArrayList<BlockElement>();
        if (reply.suggestedReply() != null && !reply.injectionSuspected()) {
            buttons.add(Kit.button(ActionId.REPLY_APPROVE, "Approve & send reply", value, "primary"));
        }
        buttons.add(Kit.button(ActionId.REPLY_EDIT, reply.suggestedReply() == null ? "Write reply" : "Edit reply", value, null));
        buttons.add(Kit.button(ActionId.REPLY_DISMISS, "Dismiss", value, null));
        return buttons;
    }

    private static String label(String wire) {
        return wire.replace('_', ' ');
    }

    private static String fallback(ReplyView reply) {
        var prefix = reply.injectionSuspected() ? "Possible prompt injection in reply from " : "Reply from ";
        return Text.escape(prefix + reply.fromName() + " (" + label(reply.label()) + ")");
    }
}
