package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import dev.gatehouse.engine.gate.ReviewItem;

import java.util.ArrayList;
import java.util.List;

/**
 * A draft body longer than one section (3,000 chars): the review message shows it cut, with a
 * note pointing to the full text, which goes as plain-text replies in the message's thread.
 */
public final class LongBody {
    /** Sections per thread reply: a long email is a few of these, never near Slack's 40,000-char cut. */
    static final int PARTS_PER_MESSAGE = 4;
    /** How far back from the limit a cut looks for a space, so it does not split a word. */
    private static final int WORD_SLACK = 100;

    private LongBody() {
    }

    public static boolean truncated(String body) {
        return body != null && body.length() > Limits.SECTION_TEXT;
    }

    /**
     * The body's blocks in the review message; {@code fullTextLink} is the permalink of the thread
     * reply holding the full text, or null while there is none to link to.
     */
    static List<LayoutBlock> blocks(String body, String fullTextLink) {
        if (!truncated(body)) return List.of(Kit.plain(body));
        var note = fullTextLink == null
                ? "✂️ Too long to show here in full: the full text is in this message's thread."
                : "✂️ Too long to show here in full: " + Text.link(fullTextLink, "read the full text in the thread") + ".";
        return List.of(Kit.plain(head(body)), Kit.note(note));
    }

    /** The body cut to one section, at the last space when there is one near the end. */
    static String head(String body) {
        var cut = Text.cut(body, Limits.SECTION_TEXT - Text.ELLIPSIS.length());
        int space = cut.lastIndexOf(' ');
        return (space > cut.length() - WORD_SLACK ? cut.substring(0, space) : cut) + Text.ELLIPSIS;
    }

    /** The full body for the thread, as plain text split over as many replies as it needs. */
    public static List<RenderedMessage> thread(ReviewItem item) {
        var parts = BodyChunks.split(item.draft().body(), Limits.SECTION_TEXT);
        int messages = (parts.size() + PARTS_PER_MESSAGE - 1) / PARTS_PER_MESSAGE;
        var out = new ArrayList<RenderedMessage>();
        for (int m = 0; m < messages; m++) {
            var blocks = new ArrayList<LayoutBlock>();
            if (m == 0) blocks.add(Kit.note("Full text of the email to " + Text.escape(item.contact().fullName())
                    + " · Subject: " + Text.escape(item.draft().subject())));
            parts.subList(m * PARTS_PER_MESSAGE, Math.min(parts.size(), (m + 1) * PARTS_PER_MESSAGE))
                    .forEach(part -> blocks.add(Kit.plain(part)));
            var counter = messages == 1 ? "" : " (" + (m + 1) + "/" + messages + ")";
            out.add(new RenderedMessage(Text.escape("Full text of the email to " + item.contact().fullName() + counter), blocks));
        }
        return out;
    }
}
