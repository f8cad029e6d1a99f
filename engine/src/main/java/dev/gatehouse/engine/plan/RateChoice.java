package dev.gatehouse.engine.plan;

/** The rates a plan assumes, whether they are the team's own, and why, in words for a person. */
public record RateChoice(FunnelRates rates, boolean observed, String why) {
}
