package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static com.slack.api.model.block.Blocks.divider;

/** The meeting brief: who they are, the account and why now, the thread so far, and what to do in the call. */
public final class MeetingBriefRenderer {
    static final int THREAD_SHOWN = 5;

    public RenderedMessage render(BriefView brief) {
        var before = new ArrayList<LayoutBlock>();
        before.add(Kit.heading("Meeting brief: " + brief.contactName() + ", " + brief.accountName()));
        before.add(Kit.md(who(brief)));
        if (brief.meetingAt() != null) before.add(Kit.note("📅 Meeting " + Text.date(brief.meetingAt())));
        before.add(Kit.md(account(brief)));

        var after = new ArrayList<LayoutBlock>();
        after.add(divider());
        after.addAll(thread(brief.thread()));
        list(after, "Pains", brief.pains());
        list(after, "Objections", brief.objections());
        list(after, "Talking points", brief.talkingPoints());
        list(after, "Open questions", brief.openQuestions());
        list(after, "Risks", brief.risks());

        var blocks = new ArrayList<LayoutBlock>(before);
        blocks.addAll(SignalLines.blocks(brief.signals(), Limits.MESSAGE_BLOCKS - before.size() - after.size()));
        blocks.addAll(after);
        return new RenderedMessage(Text.escape("Meeting brief: " + brief.contactName() + ", " + brief.accountName()), blocks);
    }

    private static String who(BriefView brief) {
        var text = new StringBuilder("*" + Text.escape(brief.contactName()) + "*");
        if (brief.title() != null && !brief.title().isBlank()) text.append(" — ").append(Text.escape(brief.title()));
        if (brief.tenure() != null && !brief.tenure().isBlank()) text.append(" · ").append(Text.escape(brief.tenure()));
        return text.toString();
    }

    private static String account(BriefView brief) {
        var text = new StringBuilder("*" + Text.escape(brief.accountName()) + "*");
        if (brief.accountDomain() != null) text.append(" (").append(Text.escape(brief.accountDomain())).append(')');
        if (brief.score() != null) text.append(" · score ").append(brief.score()).append("/100");
        text.append(brief.signals().isEmpty() ? "\nNo signals on record." : "\n*Signals*");
        return text.toString();
    }

    private static List<LayoutBlock> thread(List<BriefView.ThreadEntry> thread) {
        var out = new ArrayList<LayoutBlock>();
        if (thread.isEmpty()) {
            out.add(Kit.md("*Thread so far*\nNo messages yet."));
            return out;
        }
        int hidden = Math.max(0, thread.size() - THREAD_SHOWN);
        out.add(Kit.md("*Thread so far*" + (hidden == 0 ? "" : " (" + hidden + " earlier not shown)")));
        for (var entry : thread.subList(hidden, thread.size())) {
            out.add(Kit.plain(entry.from() + " · " + entry.at().atZone(ZoneOffset.UTC).toLocalDate() + "\n" + entry.excerpt()));
        }
        return out;
    }

    private static void list(List<LayoutBlock> out, String title, List<String> items) {
        if (items.isEmpty()) return;
        var text = new StringBuilder("*" + title + "*");
        items.forEach(i -> text.append("\n• ").append(Text.escape(i)));
        out.add(Kit.md(text.toString()));
    }
}
