package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.engine.briefs.MeetingBrief;
import dev.gatehouse.engine.briefs.MeetingOutcome;
import dev.gatehouse.engine.briefs.MeetingOutcomes;
import dev.gatehouse.engine.briefs.SourceRef;
import dev.gatehouse.engine.briefs.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static com.slack.api.model.block.Blocks.divider;

/**
 * The meeting brief: when, who, the account, its signals, the thread so far, pains, objections,
 * talking points, open questions and risks. Every line names the stored rows it comes from
 * ({@code [signal:12]}). Buttons record whether the meeting was held; once recorded they give
 * way to who recorded what.
 */
public final class MeetingBriefRenderer {
    static final String ACTIONS_BLOCK = "gh_meeting_actions";
    static final String OUTCOME_BLOCK = "gh_outcome_actions";
    /** Blocks one section may take; 9 sections stay well within a message's 50 blocks. */
    static final int BLOCKS_PER_SECTION = 3;
    /** A statement's text is cut to this before escaping (which can grow it), so one line always fits a section. */
    static final int LINE_TEXT = 500;
    static final int SOURCES_SHOWN = 5;
    private static final int RESERVE = 60;

    public RenderedMessage render(MeetingBrief brief) {
        var blocks = body(brief);
        var value = ActionValue.meeting(brief.meetingId());
        blocks.add(Kit.buttons(ACTIONS_BLOCK, List.of(
                Kit.button(ActionId.MEETING_HELD, "Meeting held", value, "primary"),
                Kit.button(ActionId.MEETING_NO_SHOW, "No-show", value, null))));
        blocks.add(footer());
        return new RenderedMessage(fallback(brief), blocks);
    }

    /** The brief once a person recorded whether the meeting took place: no buttons, who and when. */
    public RenderedMessage renderRecorded(MeetingBrief brief, MeetingOutcomes.Recorded recorded) {
        var blocks = body(brief);
        var what = recorded.outcome() == MeetingOutcome.HELD ? "✅ Meeting held" : "🚫 No-show";
        blocks.add(Kit.md(what + " · recorded by " + Text.mention(recorded.actor()) + " " + Text.date(recorded.at())));
        if (recorded.outcome() == MeetingOutcome.HELD) {
            // after the meeting: was it a qualified opportunity, and later, the close (each Won / Lost opens a modal)
            var value = ActionValue.meeting(brief.meetingId());
            blocks.add(Kit.buttons(OUTCOME_BLOCK, List.of(
                    Kit.button(ActionId.OUTCOME_QUALIFIED, "Qualified opportunity", value, "primary"),
                    Kit.button(ActionId.OUTCOME_NOT_QUALIFIED, "Not qualified", value, null),
                    Kit.button(ActionId.OUTCOME_WON, "Won", value, null),
                    Kit.button(ActionId.OUTCOME_LOST, "Lost", value, null))));
        }
        blocks.add(footer());
        return new RenderedMessage(fallback(brief) + " (" + recorded.outcome().wire().replace('_', '-') + ")", blocks);
    }

    private static ArrayList<LayoutBlock> body(MeetingBrief brief) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(Kit.heading("Meeting brief: " + brief.accountName()));
        blocks.add(Kit.note("📅 " + Text.date(brief.startsAt()) + " · meeting #" + brief.meetingId()));
        section(blocks, "Who", brief.who());
        section(blocks, "Account", brief.account());
        section(blocks, "Signals", brief.signals());
        section(blocks, "Thread so far", brief.thread());
        section(blocks, "Pains", brief.pains());
        section(blocks, "Objections", brief.objections());
        section(blocks, "Talking points", brief.talkingPoints());
        section(blocks, "Open questions", brief.openQuestions());
        section(blocks, "Risks", brief.risks());
        blocks.add(divider());
        return blocks;
    }

    /** One titled list, spread over up to {@link #BLOCKS_PER_SECTION} sections; what does not fit is counted. */
    private static void section(List<LayoutBlock> blocks, String title, List<Statement> statements) {
        if (statements.isEmpty()) return;
        var chunks = new ArrayList<String>();
        var current = new StringBuilder("*" + title + "*");
        int shown = 0;
        for (var s : statements) {
            var line = "\n• " + line(s);
            if (current.length() + line.length() > Limits.SECTION_TEXT - RESERVE) {
                if (chunks.size() + 1 == BLOCKS_PER_SECTION) break;
                chunks.add(current.toString());
                current = new StringBuilder(line.substring(1));
            } else {
                current.append(line);
            }
            shown++;
        }
        if (shown < statements.size()) current.append("\n… ").append(statements.size() - shown).append(" more not shown");
        chunks.add(current.toString());
        chunks.forEach(c -> blocks.add(Kit.md(c)));
    }

    private static String line(Statement s) {
        var text = Text.escape(Text.truncate(s.text(), LINE_TEXT));
        var shown = s.link() == null ? text : Text.link(s.link(), Text.truncate(s.text(), LINE_TEXT));
        var sources = s.sources().stream().limit(SOURCES_SHOWN).map(SourceRef::toString).collect(Collectors.joining(", "))
                + (s.sources().size() > SOURCES_SHOWN ? ", …" : "");
        return shown + " [" + sources + "]";
    }

    private static LayoutBlock footer() {
        return Kit.note("Every line names the stored rows it comes from: [signal:12] is signal 12, [reply:7] reply 7.");
    }

    private static String fallback(MeetingBrief brief) {
        return Text.escape("Meeting brief: " + brief.accountName());
    }
}
