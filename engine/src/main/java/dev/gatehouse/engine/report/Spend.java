package dev.gatehouse.engine.report;

import java.math.BigDecimal;

/** Model calls, tokens and dollars in a window, and what the pipeline produced in the same window. */
public record Spend(long calls, long tokens, BigDecimal llmUsd, long drafts, long touchesSent, long repliesHandled,
                    long meetingsHeld, long qualifiedOpportunities) {
}
