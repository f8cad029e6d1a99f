package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import dev.gatehouse.engine.briefs.MeetingBrief;
import dev.gatehouse.engine.briefs.Statement;
import dev.gatehouse.engine.inbound.EscalationNotice;
import dev.gatehouse.engine.inbound.ReplyNotice;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static com.slack.api.model.block.Blocks.divider;

/**
 * Messages from the reply side: a hot escalation for the owner, an FYI for a handled reply, and
 * the meeting brief (every line with the stored rows it comes from). Prospect text is shown as
 * plain text, never as markup or instructions.
 */
public final class InboundNoticeRenderer {
    private static final int SECTION = Limits.SECTION_TEXT;

    public RenderedMessage escalation(EscalationNotice notice) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(Kit.heading(notice.injectionSuspected() ? "🚨 Reply needs you: possible prompt injection"
                : "🚨 Reply needs you now"));
        blocks.add(Kit.md("*From* " + Text.escape(notice.from())
                + (notice.accountName() == null ? "" : " · *" + Text.escape(notice.accountName()) + "*")
                + (notice.subject().isBlank() ? "" : "\n*Subject* " + Text.escape(notice.subject()))));
        blocks.add(Kit.plain(Text.truncate(notice.excerpt(), SECTION)));
        if (!notice.reasons().isEmpty()) blocks.add(Kit.note(Text.escape(String.join(" · ", notice.reasons()))));
        blocks.add(Kit.note("Nothing was drafted or sent, and no setting changed. Reply by hand if needed."));
        return new RenderedMessage("Escalated reply from " + Text.escape(notice.from()), blocks);
    }

    public RenderedMessage replyHandled(ReplyNotice notice) {
        var text = "*Reply from " + Text.escape(notice.from()) + "* — " + notice.label().wire().replace('_', ' ')
                + String.format(" (%.0f%%)", notice.confidence() * 100)
                + notice.actions().stream().map(a -> "\n• " + Text.escape(a)).collect(Collectors.joining());
        return new RenderedMessage("Reply from " + Text.escape(notice.from()) + ": " + notice.label().wire(),
                List.of(Kit.md(Text.truncateMrkdwn(text, SECTION))));
    }

    public RenderedMessage brief(MeetingBrief brief) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(Kit.heading(Text.truncate("Meeting brief: " + brief.accountName(), 150)));
        blocks.add(Kit.note("📅 " + Text.date(brief.startsAt())));
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
        blocks.add(Kit.note("Every line comes from stored data: " + Text.escape(brief.statements().stream()
                .flatMap(s -> s.sources().stream()).map(Object::toString).distinct().limit(40)
                .collect(Collectors.joining(", ")))));
        return new RenderedMessage("Meeting brief: " + Text.escape(brief.accountName()),
                blocks.subList(0, Math.min(blocks.size(), Limits.MESSAGE_BLOCKS)));
    }

    private static void section(List<LayoutBlock> blocks, String title, List<Statement> statements) {
        if (statements.isEmpty()) return;
        var text = new StringBuilder("*" + title + "*");
        for (var s : statements) {
            var line = Text.escape(s.text());
            text.append("\n• ").append(s.link() == null ? line : Text.link(s.link(), line));
        }
        blocks.add(Kit.md(Text.truncateMrkdwn(text.toString(), SECTION)));
    }
}
