package dev.gatehouse.engine.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a window cost: model spend from {@code llm_usage} plus the window's share of the fixed
 * monthly cost, and that total per draft, per touch sent, per reply handled, per meeting held and
 * per qualified opportunity (empty where nothing was produced: no division by zero).
 */
public record Cost(Spend spend, BigDecimal fixedShare) {
    public BigDecimal total() {
        return spend.llmUsd().add(fixedShare);
    }

    /** The fixed monthly cost's share for a window of {@code days} (a month counted as 30.4375 days). */
    public static BigDecimal fixedShare(BigDecimal monthly, long days) {
        return monthly.multiply(BigDecimal.valueOf(days)).divide(new BigDecimal("30.4375"), 2, RoundingMode.HALF_UP);
    }

    public Optional<BigDecimal> per(long units) {
        return units == 0 ? Optional.empty() : Optional.of(total().divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP));
    }

    /** LLM-only cost per unit, the figure before the fixed share. */
    public Optional<BigDecimal> llmPer(long units) {
        return units == 0 ? Optional.empty()
                : Optional.of(spend.llmUsd().divide(BigDecimal.valueOf(units), 4, RoundingMode.HALF_UP));
    }

    /** Units and total cost per unit, in report order. */
    public Map<String, Long> units() {
        var units = new LinkedHashMap<String, Long>();
        units.put("draft", spend.drafts());
        units.put("touch_sent", spend.touchesSent());
        units.put("reply_handled", spend.repliesHandled());
        units.put("meeting_held", spend.meetingsHeld());
        units.put("qualified_opportunity", spend.qualifiedOpportunities());
        return units;
    }
}
