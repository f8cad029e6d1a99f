package dev.gatehouse.engine.briefs;

/**
 * Where a meeting brief goes: the bot posts it to the team channel and DMs the account owner
 * ({@link MeetingBrief#ownerSlackId()}). Implementations must not throw for delivery problems.
 */
@FunctionalInterface
public interface BriefPublisher {
    void publish(MeetingBrief brief);
}
