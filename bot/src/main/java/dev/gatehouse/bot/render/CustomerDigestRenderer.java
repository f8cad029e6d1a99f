package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import dev.gatehouse.engine.customers.HealthBand;
import dev.gatehouse.engine.customers.HealthDigest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A CSM's weekly health digest: customers by band, the biggest movers and why, renewals in 90 days, open escalations. */
public final class CustomerDigestRenderer {
    static final int PER_BAND = 15;

    public RenderedMessage render(HealthDigest digest) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(Kit.heading("Customer health, week of " + digest.week()));
        for (var band : List.of(HealthBand.AT_RISK, HealthBand.WATCH, HealthBand.HEALTHY)) {
            var entries = digest.inBand(band);
            if (entries.isEmpty()) continue;
            blocks.add(Kit.md("*" + label(band) + "* (" + entries.size() + ")\n" + entries.stream().limit(PER_BAND)
                    .map(e -> "• " + Text.escape(e.customer().name()) + " — " + e.health().score())
                    .collect(Collectors.joining("\n")) + (entries.size() > PER_BAND ? "\n… and " + (entries.size() - PER_BAND) + " more" : "")));
        }
        if (digest.customers().isEmpty()) blocks.add(Kit.md("No customers with a health score yet."));
        if (!digest.movers().isEmpty()) {
            blocks.add(Kit.md("*Biggest movers*\n" + digest.movers().stream().map(m -> "• " + Text.escape(m.customer().name()) + " "
                    + m.before() + " → " + m.health().score() + (m.why().isEmpty() ? "" : ": " + Text.escape(String.join("; ", m.why()))))
                    .collect(Collectors.joining("\n"))));
        }
        blocks.add(Kit.md("*Renewals in the next 90 days*\n" + (digest.renewals().isEmpty() ? "none" : digest.renewals().stream()
                .map(e -> "• " + Text.escape(e.customer().name()) + " — " + e.customer().renewalDate() + ", health " + e.health().score()
                        + ", ARR " + CustomerAlertRenderer.money(e.customer().arr()))
                .collect(Collectors.joining("\n")))));
        blocks.add(Kit.md("*Open escalations*\n" + (digest.escalations().isEmpty() ? "none" : digest.escalations().stream()
                .map(o -> "• " + Text.escape(o.customer().name()) + " — " + o.escalation().category().wire() + " (" + o.escalation().source() + ")")
                .collect(Collectors.joining("\n")))));
        blocks.add(Kit.note("Every score is explained by its points; `/renewal <domain>` assembles a customer's renewal package."));
        return new RenderedMessage("Customer health digest, week of " + digest.week(), blocks);
    }

    static String label(HealthBand band) {
        return switch (band) {
            case AT_RISK -> "🔴 At risk";
            case WATCH -> "🟡 Watch";
            case HEALTHY -> "🟢 Healthy";
        };
    }
}
