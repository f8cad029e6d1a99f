package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;

import java.util.ArrayList;
import java.util.List;

/**
 * A handled prospect reply: who wrote, the triage label and confidence, what they wrote (as plain
 * text: it is data, and may try to instruct the agent), what Gatehouse did, and the actions left
 * to a person: write the answer (it goes to review) or dismiss. A suggested reply Gatehouse drafted
 * is only pointed to: it is approved in its own review message, never from here.
 */
public final class ReplyTriageRenderer {
    static final String ACTIONS_BLOCK = "gh_reply_actions";
    /** Prospect text shown; the rest stays in the mailbox (a section holds 3000 chars). */
    static final int TEXT_SHOWN = 2000;

    public RenderedMessage render(ReplyView reply) {
        var blocks = new ArrayList<LayoutBlock>();
        var account = reply.accountName().isBlank() ? "" : ", " + reply.accountName();
        blocks.add(Kit.heading((reply.unsure() ? "❓ Unsure: reply from " : "Reply from ") + reply.fromName() + account));
        if (reply.injectionSuspected()) {
            blocks.add(Kit.md("🚨 *Possible prompt injection.* This reply contains text that tries to instruct the agent. "
                    + "Nothing in it was acted on; treat its links and requests with care."));
        }
        if (reply.unsure()) {
            blocks.add(Kit.md("❓ *Gatehouse is unsure what this reply means* (best guess: " + Text.escape(label(reply))
                    + ", " + percent(reply) + "). Nothing was drafted: read it and decide what to do."));
        }
        blocks.add(Kit.note("Triage: *" + Text.escape(label(reply)) + "* · " + percent(reply) + " confident · "
                + Text.escape(reply.fromEmail()) + (reply.subject().isBlank() ? "" : " · " + Text.escape(reply.subject()))));
        if (reply.returnDate() != null) blocks.add(Kit.md("🗓️ Out of office until " + Text.escape(reply.returnDate())));
        if (reply.referredTo() != null) blocks.add(Kit.md("👉 Referred us to " + Text.escape(reply.referredTo())));
        blocks.add(Kit.md("*What they wrote*"));
        blocks.add(Kit.plain(shown(reply.text())));
        if (!reply.actionsTaken().isEmpty()) {
            var did = new StringBuilder("*What Gatehouse did*");
            reply.actionsTaken().forEach(a -> did.append("\n• ").append(Text.escape(a)));
            blocks.add(Kit.md(Text.truncateMrkdwn(did.toString(), Limits.SECTION_TEXT)));
        }
        if (reply.proposedTouchId() != null) {
            blocks.add(Kit.note("✉️ Gatehouse proposed touch #" + reply.proposedTouchId()
                    + ": approve, edit or reject it in its own review message."));
        }
        if (reply.handled() == null) {
            blocks.add(Kit.buttons(ACTIONS_BLOCK, buttons(reply)));
        } else {
            blocks.add(Kit.md(resolution(reply.handled())));
        }
        return new RenderedMessage(fallback(reply), blocks);
    }

    private static String resolution(ReplyView.Handled handled) {
        var who = Text.mention(handled.actor()) + " " + Text.date(handled.at());
        if ("replied".equals(handled.how())) {
            return "✍️ Answered by " + who + (handled.touchId() == null ? "" : ": the reply (touch #" + handled.touchId()
                    + ") waits for review");
        }
        return "✅ Dismissed by " + who;
    }

    private static List<BlockElement> buttons(ReplyView reply) {
        var value = ActionValue.reply(reply.replyId());
        var buttons = new ArrayList<BlockElement>();
        if (reply.canReply()) buttons.add(Kit.button(ActionId.REPLY_EDIT, "Write reply", value, reply.unsure() ? "primary" : null));
        buttons.add(Kit.button(ActionId.REPLY_DISMISS, "Dismiss", value, null));
        return buttons;
    }

    static String shown(String text) {
        var stripped = text.strip();
        if (stripped.isEmpty()) return "(no text)";
        if (stripped.length() <= TEXT_SHOWN) return stripped;
        var head = Text.truncate(stripped, TEXT_SHOWN);
        return head + "\n(" + (stripped.length() - head.length() + 1) + " more characters in the email)";
    }

    private static String label(ReplyView reply) {
        return reply.label().replace('_', ' ');
    }

    private static String percent(ReplyView reply) {
        return Math.round(reply.confidence() * 100) + "%";
    }

    private static String fallback(ReplyView reply) {
        var prefix = reply.injectionSuspected() ? "Possible prompt injection in reply from "
                : reply.unsure() ? "Unsure: reply from " : "Reply from ";
        return Text.escape(prefix + reply.fromName() + " (" + label(reply) + ")");
    }
}
