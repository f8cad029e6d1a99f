package dev.gatehouse.engine.plan;

/**
 * An account the day's plan took from the backlog, and who reviews its draft: the account owner
 * while they have room, else another reviewer with room; null when nobody is known (the approvals
 * channel or the managers get it).
 */
public record Claim(long accountId, String reviewer) {
}
