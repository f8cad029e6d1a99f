package dev.gatehouse.engine.store;

import dev.gatehouse.engine.ai.LlmCall;
import dev.gatehouse.engine.ai.UsageSink;
import org.jooq.DSLContext;

import java.math.BigDecimal;

import static dev.gatehouse.engine.store.db.Tables.LLM_USAGE;

/** Every metered model call, failed ones too, with tokens and cost: the {@code llm_usage} table. */
public final class UsageStore implements UsageSink {
    private final DSLContext dsl;

    UsageStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(LlmCall call, Long touchId) {
        dsl.insertInto(LLM_USAGE)
                .set(LLM_USAGE.TOUCH_ID, touchId)
                .set(LLM_USAGE.PURPOSE, call.purpose())
                .set(LLM_USAGE.PROVIDER, call.provider())
                .set(LLM_USAGE.MODEL, call.model())
                .set(LLM_USAGE.TOKENS_IN, call.tokensIn())
                .set(LLM_USAGE.TOKENS_OUT, call.tokensOut())
                .set(LLM_USAGE.COST_USD, call.costUsd())
                .set(LLM_USAGE.LATENCY_MS, (int) Math.min(Integer.MAX_VALUE, call.latencyMs()))
                .set(LLM_USAGE.OUTCOME, call.outcome().wire())
                .execute();
    }

    public record Totals(long calls, long tokensIn, long tokensOut, BigDecimal costUsd) {
    }

    public Totals totals() {
        var r = dsl.select(org.jooq.impl.DSL.count(), org.jooq.impl.DSL.sum(LLM_USAGE.TOKENS_IN),
                org.jooq.impl.DSL.sum(LLM_USAGE.TOKENS_OUT), org.jooq.impl.DSL.sum(LLM_USAGE.COST_USD)).from(LLM_USAGE).fetchOne();
        return new Totals(r.value1(), r.value2() == null ? 0 : r.value2().longValue(),
                r.value3() == null ? 0 : r.value3().longValue(), r.value4() == null ? BigDecimal.ZERO : r.value4());
    }
}
