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

    /** Total cost per unit: cents, or four decimals below a dollar (model spend alone is often a fraction of a cent). */
    public Optional<BigDecimal> per(long units) {
        if (units == 0) return Optional.empty();
        var value = total().divide(BigDecimal.valueOf(units), 4, RoundingMode.HALF_UP);
        return Optional.of(value.compareTo(BigDecimal.ONE) >= 0 ? value.setScale(2, RoundingMode.HALF_UP) : value);
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
