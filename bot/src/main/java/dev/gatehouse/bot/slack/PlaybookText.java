package dev.gatehouse.bot.slack;

import dev.gatehouse.bot.render.Text;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.playbook.Versioned;
import dev.gatehouse.engine.writing.Offer;

import java.util.List;
import java.util.stream.Collectors;

/** The current ICP and offer as short mrkdwn, for /icp and /offer without arguments. */
final class PlaybookText {
    private PlaybookText() {
    }

    static String icp(Versioned<Icp> versioned) {
        var icp = versioned.value();
        var personas = icp.personas().stream().map(p -> Text.escape(p.name()) + " (" + list(p.titleKeywords()) + ")")
                .collect(Collectors.joining("; "));
        return "*ICP version " + versioned.version() + "* by " + Text.mention(versioned.author()) + ", " + Text.date(versioned.at())
                + "\n• Industries: " + list(icp.industries())
                + "\n• Employees: " + icp.minEmployees() + "–" + icp.maxEmployees()
                + "\n• Regions: " + list(icp.regions())
                + "\n• Technologies: " + list(icp.technologies())
                + "\n• Personas: " + (personas.isEmpty() ? "any" : personas)
                + "\n• Excluded: " + list(concat(icp.exclusions().domains(), icp.exclusions().competitors(), icp.exclusions().customers()))
                + "\n• Minimum score: " + icp.minScore() + " · signal half-life " + icp.signalHalfLife().toDays() + " days"
                + (icp.description().isBlank() ? "" : "\n>" + Text.escape(icp.description()))
                + "\nChange it with `/icp edit`.";
    }

    static String offer(Versioned<Offer> versioned) {
        var offer = versioned.value();
        return "*Offer version " + versioned.version() + "* by " + Text.mention(versioned.author()) + ", " + Text.date(versioned.at())
                + "\n• Product: " + Text.escape(offer.product())
                + "\n• Value: " + Text.escape(offer.valueProp())
                + "\n• Proof points:" + bullets(offer.proofPoints())
                + "\n• Customers we may name: " + list(offer.customers())
                + (offer.senderName().isBlank() ? "" : "\n• Signed: " + Text.escape(offer.senderName())
                + (offer.senderTitle().isBlank() ? "" : ", " + Text.escape(offer.senderTitle())))
                + "\nChange it with `/offer set`.";
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "any" : Text.escape(String.join(", ", values));
    }

    private static String bullets(List<String> values) {
        if (values.isEmpty()) return " none";
        return values.stream().map(v -> "\n    ◦ " + Text.escape(v)).collect(Collectors.joining());
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
