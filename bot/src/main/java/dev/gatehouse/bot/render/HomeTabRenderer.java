package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/** The home tab: my pending reviews, goal progress, this week's funnel and the autonomy policy. */
public final class HomeTabRenderer {
    static final int PENDING_SHOWN = 15;
    private static final int BAR = 10;

    public View render(HomeView home) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(Kit.heading("Gatehouse"));
        blocks.add(Kit.note("Hi " + Text.mention(home.userId()) + " · updated " + Text.date(home.asOf())));
        blocks.addAll(pending(home.pending()));
        blocks.add(divider());
        blocks.add(Kit.md(goals(home.goals())));
        if (!home.plan().isBlank()) blocks.add(Kit.md(Text.truncateMrkdwn(home.plan(), Limits.SECTION_TEXT)));
        blocks.add(Kit.md(funnel(home.funnel())));
        blocks.add(divider());
        blocks.add(Kit.md(autonomy(home.autonomy())));
        return Modals.home(blocks);
    }

    private static List<LayoutBlock> pending(List<HomeView.PendingReview> pending) {
        var out = new ArrayList<LayoutBlock>();
        out.add(Kit.md("*Your pending reviews* (" + pending.size() + ")" + (pending.isEmpty() ? "\nNothing waiting for you." : "")));
        for (var review : pending.subList(0, Math.min(PENDING_SHOWN, pending.size()))) {
            var who = review.contactName() + ", " + review.accountName();
            var line = "• " + (review.permalink() == null ? Text.escape(who) : Text.link(review.permalink(), who))
                    + " — " + Text.escape(Text.truncate(review.subject(), 200)) + "\nwaiting since " + Text.date(review.createdAt());
            var text = markdownText(Text.truncateMrkdwn(line, Limits.SECTION_TEXT));
            out.add(review.permalink() == null ? section(s -> s.text(text))
                    : section(s -> s.text(text).accessory(Kit.linkButton(ActionId.OPEN_REVIEW, "Open", review.permalink()))));
        }
        if (pending.size() > PENDING_SHOWN) out.add(Kit.note("and " + (pending.size() - PENDING_SHOWN) + " more"));
        return out;
    }

    private static String goals(List<HomeView.GoalProgress> goals) {
        var text = new StringBuilder("*Goals*");
        if (goals.isEmpty()) text.append("\nNo goals set.");
        for (var goal : goals) {
            int percent = (int) Math.min(100, Math.round(100.0 * goal.current() / goal.target()));
            int filled = percent * BAR / 100;
            text.append("\n").append(Text.escape(goal.name())).append(": ").append(goal.current()).append('/')
                    .append(goal.target()).append(' ').append("▓".repeat(filled)).append("░".repeat(BAR - filled))
                    .append(' ').append(percent).append('%');
        }
        return text.toString();
    }

    private static String funnel(HomeView.Funnel f) {
        return "*This week*\nSignals " + f.signals() + " → drafted " + f.drafted() + " → approved " + f.approved()
                + " → sent " + f.sent() + " → replied " + f.replied() + " → meetings " + f.meetings();
    }

    static String autonomy(Map<ActionType, AutonomyLevel> levels) {
        return autonomy(levels, Map.of());
    }

    /**
     * The settings a manager can change (the internal action types always run on their own), with
     * the sample rate of each supervised one when {@code samplePercents} gives it.
     */
    static String autonomy(Map<ActionType, AutonomyLevel> levels, Map<ActionType, Integer> samplePercents) {
        var text = new StringBuilder("*Autonomy*");
        for (var type : ActionType.settings()) {
            var level = levels.getOrDefault(type, type.defaultLevel());
            var rate = level == AutonomyLevel.SUPERVISED && samplePercents.containsKey(type)
                    ? " (" + samplePercents.get(type) + "% sampled for review)" : "";
            text.append("\n• ").append(ManagerViews.actionLabel(type)).append(": *").append(level.wire().replace('_', ' '))
                    .append('*').append(rate).append(level == type.defaultLevel() ? " (default)" : "")
                    .append(type.ceiling() == AutonomyLevel.OFF_LIMITS ? " (fixed)" : "");
        }
        return text.toString();
    }
}
