package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.engine.customers.AnomalyDirection;
import dev.gatehouse.engine.customers.CustomerFacts;
import dev.gatehouse.engine.customers.CustomerNotifier;
import dev.gatehouse.engine.customers.Robust;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSM's internal alerts: a usage anomaly with its numbers (the flagged week against the
 * baseline's median and MAD, and the recent weeks) and a hot escalation with what the customer
 * wrote (plain text), each with an Acknowledge button; and the same messages once acknowledged.
 */
public final class CustomerAlertRenderer {
    static final int WEEKS_SHOWN = 10;

    public RenderedMessage anomaly(CustomerNotifier.AnomalyAlert alert, String acknowledgedBy) {
        var a = alert.anomaly();
        var customer = alert.customer();
        var drop = a.direction() == AnomalyDirection.DROP;
        var change = a.median() == 0 ? "" : " (" + (drop ? "" : "+") + Robust.percent(a.value() - a.median(), a.median()) + "%)";
        var title = (drop ? "📉 Usage drop: " : "📈 Usage growth: ") + customer.name() + " · " + a.metric();
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(Kit.heading(title));
        blocks.add(Kit.md("*" + Text.escape(a.metric()) + "* was *" + Robust.number(a.value()) + "* in the week of "
                + a.firstWeek() + change + ", against a median of *" + Robust.number(a.median()) + "* (MAD "
                + Robust.number(a.mad()) + ") over the weeks before.\n" + Text.escape(customer.domain()) + " · ARR "
                + money(customer.arr()) + (customer.renewalDate() == null ? "" : " · renews " + customer.renewalDate())));
        blocks.add(Kit.md("```" + sparkline(alert.series()) + "```"));
        blocks.add(Kit.note("Internal alert: nothing was sent to the customer. Later weeks of the same "
                + (drop ? "drop" : "growth") + " are added to this alert, not posted again. anomaly:" + a.id()));
        blocks.add(ack(ActionId.ANOMALY_ACK, ActionValue.ANOMALY, a.id(), acknowledgedBy));
        return new RenderedMessage(title, blocks);
    }

    public RenderedMessage escalation(CustomerNotifier.EscalationAlert alert, boolean toManagers, String acknowledgedBy) {
        var e = alert.escalation();
        var title = (toManagers ? "⏰ Unacknowledged escalation: " : "🚨 Customer escalation: ") + alert.customer().name()
                + " · " + e.category().wire().replace('_', ' ');
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(Kit.heading(title));
        blocks.add(Kit.md(Text.escape(alert.customer().domain()) + " · ARR " + money(alert.customer().arr())
                + (alert.customer().csmSlackId() == null ? "" : " · CSM " + Text.mention(alert.customer().csmSlackId()))
                + "\nFrom " + e.source() + ", " + Text.date(e.createdAt())));
        blocks.add(Kit.plain(alert.subject()));
        blocks.add(Kit.note("Nothing was drafted or sent: hot escalations are for a person. " + (toManagers
                ? "The CSM has not acknowledged it within the window." : "Managers are told if nobody acknowledges it in time.")));
        blocks.add(ack(ActionId.ESCALATION_ACK, ActionValue.ESCALATION, e.id(), acknowledgedBy));
        return new RenderedMessage(title, blocks);
    }

    private static LayoutBlock ack(ActionId action, String kind, long id, String acknowledgedBy) {
        if (acknowledgedBy != null) return Kit.note("✅ Acknowledged by " + Text.mention(acknowledgedBy));
        return Kit.buttons(kind + "_" + id, List.of(Kit.button(action, "Acknowledge", ActionValue.of(id, kind), "primary")));
    }

    /** The last weeks as a text chart: one bar per week, scaled to the largest. */
    static String sparkline(List<CustomerFacts.UsageWeek> series) {
        var shown = series.subList(Math.max(0, series.size() - WEEKS_SHOWN), series.size());
        double max = shown.stream().mapToDouble(CustomerFacts.UsageWeek::value).max().orElse(1);
        var out = new StringBuilder();
        for (var week : shown) {
            int bar = max <= 0 ? 0 : (int) Math.round(week.value() / max * 20);
            out.append(week.weekStart()).append(' ').append("█".repeat(Math.max(0, bar))).append(' ')
                    .append(Robust.number(week.value())).append('\n');
        }
        return out.toString().stripTrailing();
    }

    static String money(java.math.BigDecimal amount) {
        return "$" + String.format(java.util.Locale.ROOT, "%,d", amount.longValue());
    }
}
