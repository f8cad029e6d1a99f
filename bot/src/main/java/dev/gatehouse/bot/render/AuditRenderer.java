package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import dev.gatehouse.engine.audit.AuditLine;

import java.util.ArrayList;
import java.util.List;

/** {@code /audit}: recent entries, newest first, each with who, what, about what, and before → after. Pure. */
public final class AuditRenderer {
    static final int MAX_FIELD = 300;

    public RenderedMessage render(String title, List<AuditLine> lines) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(Kit.heading(Text.truncate(title, 150)));
        if (lines.isEmpty()) blocks.add(Kit.md("Nothing recorded yet."));
        for (var line : lines.stream().limit(Limits.MESSAGE_BLOCKS - 2).toList()) {
            var text = new StringBuilder("*" + Text.escape(line.action()) + "* · " + Text.mention(line.actor()) + " · "
                    + Text.date(line.at()) + " · " + Text.escape(line.subjectType())
                    + (line.subjectId() == null ? "" : " " + Text.escape(line.subjectId())));
            if (line.before() != null || line.after() != null) {
                text.append("\n`").append(Text.escape(Text.truncate(String.valueOf(line.before()), MAX_FIELD))).append("` → `")
                        .append(Text.escape(Text.truncate(String.valueOf(line.after()), MAX_FIELD))).append('`');
            }
            if (line.detail() != null) text.append("\n").append(Text.escape(Text.truncate(line.detail(), MAX_FIELD)));
            blocks.add(Kit.md(Text.truncateMrkdwn(text.toString(), Limits.SECTION_TEXT)));
        }
        return new RenderedMessage(title + " (" + lines.size() + ")", blocks);
    }
}
