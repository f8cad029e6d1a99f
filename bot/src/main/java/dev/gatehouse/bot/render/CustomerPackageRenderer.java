package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import dev.gatehouse.engine.customers.Ref;
import dev.gatehouse.engine.customers.RenewalPackage;

import java.util.ArrayList;
import java.util.stream.Collectors;

/**
 * The renewal pre-call package: one section per part, each statement followed by the rows it comes
 * from (as the meeting brief shows its sources), and the usage trend as a text chart.
 */
public final class CustomerPackageRenderer {
    static final int SOURCES_SHOWN = 4;

    public RenderedMessage render(RenewalPackage renewal) {
        var c = renewal.customer();
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(Kit.heading("Renewal package: " + c.name()));
        blocks.add(Kit.md(Text.escape(c.domain()) + " · ARR " + CustomerAlertRenderer.money(c.arr())
                + (c.plan() == null ? "" : " · " + Text.escape(c.plan()))
                + (c.renewalDate() == null ? "" : " · renews *" + c.renewalDate() + "*")
                + (c.csmSlackId() == null ? "" : " · CSM " + Text.mention(c.csmSlackId()))));
        if (!renewal.usage().isEmpty()) blocks.add(Kit.md("```" + CustomerAlertRenderer.sparkline(renewal.usage()) + "```"));
        for (var section : renewal.sections()) {
            blocks.add(Kit.md("*" + section.title() + "*\n" + section.statements().stream()
                    .map(s -> "• " + Text.escape(s.text()) + " _(" + sources(s) + ")_").collect(Collectors.joining("\n"))));
        }
        blocks.add(Kit.note("Assembled " + renewal.assembledOn() + " from stored rows only; every number was checked against "
                + "the rows it names. Internal: pricing and terms stay with you."));
        return new RenderedMessage("Renewal package for " + c.name(), blocks);
    }

    private static String sources(RenewalPackage.Statement s) {
        var shown = s.sources().stream().limit(SOURCES_SHOWN).map(Ref::toString).collect(Collectors.joining(", "));
        return s.sources().size() > SOURCES_SHOWN ? shown + " +" + (s.sources().size() - SOURCES_SHOWN) + " more" : shown;
    }
}
