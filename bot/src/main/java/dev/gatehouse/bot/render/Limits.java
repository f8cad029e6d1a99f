package dev.gatehouse.bot.render;

/** Slack's Block Kit limits the renderers respect (https://api.slack.com/reference/block-kit). */
public final class Limits {
    public static final int MESSAGE_BLOCKS = 50;
    public static final int VIEW_BLOCKS = 100;
    public static final int SECTION_TEXT = 3000;
    public static final int CONTEXT_TEXT = 3000;
    public static final int HEADER_TEXT = 150;
    public static final int BUTTON_TEXT = 75;
    public static final int OPTION_TEXT = 75;
    public static final int INPUT_VALUE = 3000;
    public static final int INPUT_LABEL = 2000;
    public static final int VIEW_TITLE = 24;
    /**
     * A message's top-level {@code text} (the notification and screen-reader fallback): Slack asks
     * for at most 4,000 characters and cuts anything past 40,000 (chat.postMessage, "Truncating content").
     */
    public static final int MESSAGE_TEXT = 4000;

    private Limits() {
    }
}
