package dev.gatehouse.bot.slack;

import dev.gatehouse.bot.render.ReplyView;
import dev.gatehouse.engine.inbound.ReplyActions;
import dev.gatehouse.engine.inbound.ReplyCard;
import dev.gatehouse.engine.inbound.ReplyDesk;
import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.replies.ReplyText;

import java.util.Optional;

/** A stored reply, what was done about it and who handled it, as the triage message shows it. */
final class ReplyViews {
    private ReplyViews() {
    }

    static Optional<ReplyView> load(ReplyDesk replies, long replyId) {
        return replies.card(replyId).map(ReplyViews::of);
    }

    static ReplyView of(ReplyCard card) {
        var reply = card.reply();
        var handling = card.handling();
        var account = Optional.ofNullable(card.account());
        var contact = Optional.ofNullable(card.contact());
        var fresh = ReplyText.fresh(reply.body());
        double confidence = reply.confidence() == null ? 0 : Math.max(0, Math.min(1, reply.confidence()));
        var handled = handling.handled() ? new ReplyView.Handled(handling.handledAs(), handling.handledBy(),
                handling.handledAt(), handling.handledTouchId()) : null;
        return new ReplyView(reply.id(),
                contact.map(c -> c.fullName()).orElseGet(() -> displayName(reply.from())),
                contact.map(c -> c.email()).orElseGet(() -> address(reply.from())),
                account.map(a -> a.name()).orElse(""), reply.subject(),
                reply.label() == null ? "unlabelled" : reply.label().wire(), confidence,
                unsure(reply.label(), confidence), reply.injectionSuspected(),
                reply.returnDate() == null ? null : reply.returnDate().toString(), reply.referredTo(),
                fresh.isBlank() ? reply.body() : fresh, handling.actionsTaken(), handling.proposedTouchId(),
                card.canReply(), handled);
    }

    /** Too unsure to act on (as {@link ReplyActions} decides); unsubscribes and bounces are acted on regardless. */
    static boolean unsure(ReplyLabel label, double confidence) {
        return label != null && label != ReplyLabel.UNSUBSCRIBE && label != ReplyLabel.BOUNCE
                && confidence < ReplyActions.LOW_CONFIDENCE;
    }

    /** "Dana Keller <dana@x.example>" → "dana@x.example"; a bare address stays as it is. */
    static String address(String from) {
        var lt = from.indexOf('<');
        var gt = from.indexOf('>', lt + 1);
        return (lt >= 0 && gt > lt ? from.substring(lt + 1, gt) : from).trim();
    }

    /** "Dana Keller <dana@x.example>" → "Dana Keller"; without a display name, the address. */
    static String displayName(String from) {
        var lt = from.indexOf('<');
        var name = lt > 0 ? from.substring(0, lt).replace("\"", "").trim() : "";
        if (!name.isEmpty()) return name;
        return address(from).isEmpty() ? "an unknown sender" : address(from);
    }
}
