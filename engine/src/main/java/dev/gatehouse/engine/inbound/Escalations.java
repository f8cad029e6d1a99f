package dev.gatehouse.engine.inbound;

/**
 * Replies a person must see at once (threats, legal, anger, suspected prompt injection). The bot
 * implements it with a Slack DM to the account owner; it is called synchronously while the
 * reply is processed, so the owner hears within seconds. Implementations must not throw.
 */
@FunctionalInterface
public interface Escalations {
    void escalate(EscalationNotice notice);

    Escalations NONE = notice -> {
    };
}
