package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.engine.gate.Decision;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.TouchStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The decided part of a review message: who decided, when, and what happens next. An undone
 * approval says who undid it and when, above the review buttons it brings back.
 */
final class DecisionLines {
    static final String UNDO_BLOCK = "gh_undo_actions";
    private static final DateTimeFormatter RECIPIENT_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private DecisionLines() {
    }

    static String verb(Decision decision) {
        return switch (decision) {
            case Decision.Approved a -> "Approved";
            case Decision.Rejected r -> "Rejected";
            case Decision.Undone u -> "Approval undone";
        };
    }

    static List<LayoutBlock> blocks(ReviewItem item) {
        var out = new ArrayList<LayoutBlock>();
        if (item.decision() == null) {
            if (!item.awaitsDecision()) out.add(Kit.md(statusLine(item.status())));
            return out;
        }
        var by = " by " + Text.mention(item.decision().actor()) + " " + Text.date(item.decision().at());
        switch (item.decision()) {
            case Decision.Approved a -> {
                var edited = a.edited() ? " (edited)" : "";
                out.add(Kit.md("✅ *Approved*" + edited + by + "\n" + next(item, a)));
                if (item.status() == TouchStatus.APPROVED) {
                    var value = ActionValue.touch(item.touchId(), TouchStatus.APPROVED);
                    out.add(Kit.buttons(UNDO_BLOCK, List.of(Kit.button(ActionId.UNDO, "Undo", value, null))));
                }
            }
            case Decision.Rejected r -> {
                var note = r.note() == null || r.note().isBlank() ? "" : "\n" + quote(r.note());
                out.add(Kit.md("❌ *Rejected*" + by + " — " + r.reason().label() + note));
            }
            case Decision.Undone u -> out.add(Kit.md("↩️ *Approval undone*" + by + ". Nothing was sent"
                    + (item.awaitsDecision() ? "; the draft is back for review." : ".\n" + statusLine(item.status()))));
        }
        return out;
    }

    private static String next(ReviewItem item, Decision.Approved approved) {
        return switch (item.status()) {
            case SENT -> "📤 Sent at " + Text.date(approved.sendAt()) + ".";
            case APPROVED -> "⏰ Scheduled for " + recipientTime(approved.sendAt(), item.contact().timeZone())
                    + " (" + Text.date(approved.sendAt()) + " your time). Undo works until it is sent.";
            default -> statusLine(item.status());
        };
    }

    static String recipientTime(Instant at, ZoneId zone) {
        return RECIPIENT_TIME.format(at.atZone(zone)) + " recipient time (" + zone.getId() + ")";
    }

    private static String statusLine(TouchStatus status) {
        return switch (status) {
            case SENT -> "📤 Sent.";
            case CANCELLED -> "🚫 Not sent: cancelled.";
            case FAILED -> "⚠️ Not sent: delivery failed.";
            case SUPPRESSED -> "🚫 Not sent: the address is suppressed (unsubscribed, bounced or do-not-contact).";
            case REJECTED -> "❌ Rejected.";
            default -> "Status: " + status.wire().replace('_', ' ') + ".";
        };
    }

    private static String quote(String note) {
        return "> " + Text.escape(note).replace("\n", "\n> ");
    }
}
