package dev.gatehouse.bot.render;

import java.util.List;

/** Short messages only the person who acted sees. */
public final class Ephemeral {
    private Ephemeral() {
    }

    /** The person may not do this (e.g. not the account owner, not a manager). */
    public static RenderedMessage refusal(String why) {
        var text = "🚫 " + Text.escape(why);
        return new RenderedMessage(text, List.of(Kit.md(text)));
    }

    /** A value the person gave was wrong: which one, and what is wrong with it. */
    public static RenderedMessage error(String field, String problem) {
        var text = "⚠️ *" + Text.escape(field) + "*: " + Text.escape(problem);
        return new RenderedMessage(Text.escape(field + ": " + problem), List.of(Kit.md(text)));
    }

    /**
     * A modal submission Gatehouse acknowledged before a restart and ran afterwards, when the modal
     * was long closed: what it would have shown in the modal, said in a direct message instead.
     */
    public static RenderedMessage submissionNotSaved(List<String> problems) {
        var text = "⚠️ What you submitted just before Gatehouse restarted could not be saved: "
                + Text.escape(String.join("; ", problems)) + ". Please open it again and resubmit.";
        return new RenderedMessage(text, List.of(Kit.md(text)));
    }
}
