package dev.gatehouse.engine.inbound;

/**
 * An FYI to people for every handled reply (unsubscribed, bounced, moved, proposed, drafted),
 * with the reply as people see it. The bot posts it to the team channel or the owner; must not
 * throw for delivery problems.
 */
@FunctionalInterface
public interface ReplyNotifier {
    void replyHandled(ReplyNotice notice, ReplyCard reply);

    ReplyNotifier NONE = (notice, reply) -> {
    };
}
