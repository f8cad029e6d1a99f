package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.engine.exceptions.ExceptionItem;
import dev.gatehouse.engine.exceptions.ExceptionKind;

import java.util.ArrayList;
import java.util.List;

/**
 * An item of the exceptions queue: what needs a person and why, where it stands, and the buttons
 * while it is live (Assign to me, Snooze 1 day, Dismiss with a reason).
 */
public final class ExceptionRenderer {
    static final String ACTIONS_BLOCK = "gh_exception_actions";

    public RenderedMessage render(ExceptionItem item) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(Kit.md(Text.truncateMrkdwn("⚠️ *Needs a person* · " + label(item.kind()) + "\n"
                + Text.escape(item.summary()), Limits.SECTION_TEXT)));
        var state = state(item);
        if (!state.isEmpty()) blocks.add(Kit.md(Text.truncateMrkdwn(state, Limits.SECTION_TEXT)));
        var buttons = buttons(item);
        if (!buttons.isEmpty()) blocks.add(Kit.buttons(ACTIONS_BLOCK, buttons));
        return new RenderedMessage(Text.escape("Needs a person: " + item.summary()), blocks);
    }

    static String label(ExceptionKind kind) {
        return switch (kind) {
            case NO_CONTACT -> "no contact to write to";
            case BLOCKED -> "draft blocked after rewrites";
            case LOW_CONFIDENCE -> "reply triage unsure";
        };
    }

    private static String state(ExceptionItem item) {
        return switch (item.state()) {
            case OPEN -> "";
            case ASSIGNED -> "👤 Assigned to " + Text.mention(item.assignee());
            case SNOOZED -> "💤 Snoozed by " + Text.mention(item.updatedBy()) + " until " + Text.date(item.snoozedUntil());
            case DISMISSED -> "🗑️ Dismissed by " + Text.mention(item.updatedBy()) + "\n> "
                    + Text.escape(item.dismissReason() == null ? "" : item.dismissReason()).replace("\n", "\n> ");
        };
    }

    private static List<BlockElement> buttons(ExceptionItem item) {
        var value = ActionValue.exception(item.id());
        var buttons = new ArrayList<BlockElement>();
        switch (item.state()) {
            case DISMISSED -> {
                return buttons;
            }
            case ASSIGNED -> {
            }
            default -> buttons.add(Kit.button(ActionId.EXCEPTION_ASSIGN, "Assign to me", value, "primary"));
        }
        buttons.add(Kit.button(ActionId.EXCEPTION_SNOOZE, "Snooze 1 day", value, null));
        buttons.add(Kit.button(ActionId.EXCEPTION_DISMISS, "Dismiss", value, "danger"));
        return buttons;
    }
}
