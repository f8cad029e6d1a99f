package dev.gatehouse.engine.inbound;

/**
 * An FYI to people for every handled reply (unsubscribed, bounced, moved, proposed, drafted).
 * The bot posts it to the team channel or the owner; must not throw for delivery problems.
 */
@FunctionalInterface
public interface ReplyNotifier {
    void replyHandled(ReplyNotice notice);

    ReplyNotifier NONE = notice -> {
    };
}
