package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import dev.gatehouse.engine.Snapshots;
import dev.gatehouse.engine.report.Funnel;
import dev.gatehouse.engine.report.WeeklyReport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import static com.slack.api.model.block.Blocks.divider;

/**
 * The weekly digest: the funnel with its rates (each naming its denominator), the numbers that
 * moved most against the week before, goal progress, the gate's numbers and review backlog, cost,
 * and the gate experiment's state. The chart goes up beside it as a file. Pure.
 */
public final class DigestRenderer {
    private static final Map<String, ToLongFunction<Funnel>> MOVERS = movers();

    public RenderedMessage render(WeeklyReport week, List<Funnel> trend, List<Snapshots.Standing> goals, String label) {
        var blocks = new ArrayList<LayoutBlock>();
        var title = "Weekly digest · week of " + week.weekStart();
        blocks.add(Kit.heading(label == null ? title : label + " · " + title));
        var f = week.total();
        blocks.add(Kit.md(String.format(Locale.ROOT, "*Funnel* · %d signals · %d accounts qualified · *%d* first emails "
                        + "drafted (%d approved by a person, %d sent without one) · *%d* delivered (%d bounced)",
                week.signals(), week.accountsQualified(), f.drafted(), f.approvedByPerson(), f.sentWithoutPerson(),
                f.delivered(), f.bounced())));
        blocks.add(Kit.md("• Human replies: " + f.replyRate().text() + "\n• Positive replies: " + f.positiveRate().text()
                + "\n• Meetings held: " + f.meetingRate().text() + "\n• Qualified opportunities: " + f.qualifiedRate().text()
                + "\n• Won: " + f.wonRate().text()));
        blocks.add(Kit.md("*Moved most* (against the week before)\n" + movers(trend)));
        if (!goals.isEmpty()) {
            blocks.add(Kit.md("*Goals*\n" + goals.stream().map(s -> "• " + s.goal().metric().wire() + ": " + s.current()
                    + " of " + s.goal().target() + " by " + s.goal().end()).collect(Collectors.joining("\n"))));
        }
        var gate = week.gate();
        blocks.add(Kit.md(String.format(Locale.ROOT, "*The gate* · approved as written %s · edited %s · rejected %s · "
                        + "%d approved by Gatehouse under supervised · median edit %.0f characters · median %d min to decide\n"
                        + "*Review backlog*: %d waiting, the oldest for %d h",
                gate.approveRate().text(), gate.editRate().text(), gate.rejectRate().text(), gate.systemApprovals(),
                gate.medianEditDistance(), gate.medianTimeToDecision().toMinutes(), gate.queued(),
                gate.oldestQueued().toHours())));
        var samples = gate.samples();
        blocks.add(Kit.md("*Supervised, reviewed after sending* · " + samples.supervisedSent() + " sent without waiting · "
                + "sampled " + samples.sampleRate().text() + " · reviewed " + samples.reviewedRate().text()
                + " · *flagged " + samples.flagRate().text() + "*"));
        var cost = week.cost();
        blocks.add(Kit.md("*Cost* · $" + cost.total().toPlainString() + " (model $" + cost.spend().llmUsd().toPlainString()
                + " + fixed $" + cost.fixedShare().toPlainString() + ") · per qualified opportunity "
                + cost.per(cost.spend().qualifiedOpportunities()).map(v -> "$" + v.toPlainString()).orElse("– (none this week)")));
        blocks.add(Kit.md("*Gate experiment* · " + week.experiment().map(e -> (e.running() ? "running" : "stopped")
                + ", " + e.gateOffPercent() + "% of new accounts gate off, " + e.accountsAssigned() + " accounts so far. "
                + e.arms().verdict()).orElse("not started (a manager starts it with `/experiment gate 20%`)")));
        blocks.add(divider());
        blocks.add(Kit.note("Rates follow the first emails drafted this week; `report --week " + week.weekStart()
                + "` prints every table. The chart is posted below."));
        return new RenderedMessage(title + ": " + f.replyRate().text() + " human replies", blocks);
    }

    /** The three counts that changed most from the second-to-last week of the trend to the last. */
    static String movers(List<Funnel> trend) {
        if (trend.size() < 2) return "nothing to compare yet";
        var now = trend.getLast();
        var before = trend.get(trend.size() - 2);
        var moved = MOVERS.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().applyAsLong(now) - e.getValue().applyAsLong(before)))
                .filter(e -> e.getValue() != 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, Long> e) -> Math.abs(e.getValue())).reversed())
                .limit(3).map(e -> "• " + e.getKey() + " " + (e.getValue() > 0 ? "+" : "") + e.getValue()).toList();
        return moved.isEmpty() ? "nothing moved" : String.join("\n", moved);
    }

    private static Map<String, ToLongFunction<Funnel>> movers() {
        var movers = new LinkedHashMap<String, ToLongFunction<Funnel>>();
        movers.put("first emails delivered", Funnel::delivered);
        movers.put("human replies", Funnel::replied);
        movers.put("positive replies", Funnel::positive);
        movers.put("meetings held", Funnel::meetingsHeld);
        movers.put("qualified opportunities", Funnel::qualified);
        movers.put("won", Funnel::won);
        return movers;
    }
}
