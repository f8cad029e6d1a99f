package dev.gatehouse.bot.http;

import dev.gatehouse.engine.gate.RejectReason;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.UsageStore;

/**
 * {@code GET /metrics} in the Prometheus text format: touches by status, rejections by the
 * reviewer's reason, and LLM spend.
 */
public final class Metrics {
    private final Stores stores;
    private final UsageStore usage;

    public Metrics(Stores stores, UsageStore usage) {
        this.stores = stores;
        this.usage = usage;
    }

    public String render() {
        var out = new StringBuilder();
        out.append("# HELP gatehouse_touches Touches by status.\n# TYPE gatehouse_touches gauge\n");
        var counts = stores.touches().countByStatus();
        for (var status : TouchStatus.values()) {
            out.append("gatehouse_touches{status=\"").append(status.wire()).append("\"} ")
                    .append(counts.getOrDefault(status, 0)).append('\n');
        }
        out.append("# HELP gatehouse_review_rejections_total Drafts reviewers rejected, by reason.\n")
                .append("# TYPE gatehouse_review_rejections_total counter\n");
        var reasons = stores.decisions().rejectReasonCounts();
        for (var reason : RejectReason.values()) {
            out.append("gatehouse_review_rejections_total{reason=\"").append(reason.wire()).append("\"} ")
                    .append(reasons.getOrDefault(reason, 0)).append('\n');
        }
        out.append("# HELP gatehouse_signals Signals stored.\n# TYPE gatehouse_signals gauge\n")
                .append("gatehouse_signals ").append(stores.signals().count()).append('\n');
        var totals = usage.totals();
        out.append("# HELP gatehouse_llm_calls_total Metered model calls.\n# TYPE gatehouse_llm_calls_total counter\n")
                .append("gatehouse_llm_calls_total ").append(totals.calls()).append('\n')
                .append("# TYPE gatehouse_llm_tokens_total counter\n")
                .append("gatehouse_llm_tokens_total{direction=\"in\"} ").append(totals.tokensIn()).append('\n')
                .append("gatehouse_llm_tokens_total{direction=\"out\"} ").append(totals.tokensOut()).append('\n')
                .append("# TYPE gatehouse_llm_cost_usd_total counter\n")
                .append("gatehouse_llm_cost_usd_total ").append(totals.costUsd().toPlainString()).append('\n');
        return out.toString();
    }
}
