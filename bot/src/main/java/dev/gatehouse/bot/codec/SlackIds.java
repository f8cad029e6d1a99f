package dev.gatehouse.bot.codec;

import java.util.regex.Pattern;

/**
 * The shapes of the Slack identifiers the bot reads off the wire and stores or sends back: a user
 * id (kept as an actor, at most 64 characters in every column; Slack's are about ten), a
 * conversation id and a message ts. Anything else did not come from Slack.
 */
public final class SlackIds {
    private static final Pattern USER = Pattern.compile("[A-Z0-9]{1,32}");
    private static final Pattern CHANNEL = Pattern.compile("[A-Z0-9]{1,40}");
    private static final Pattern TS = Pattern.compile("[0-9]{1,20}\\.[0-9]{1,10}");

    private SlackIds() {
    }

    public static boolean isUser(String id) {
        return id != null && USER.matcher(id).matches();
    }

    public static boolean isChannel(String id) {
        return id != null && CHANNEL.matcher(id).matches();
    }

    public static boolean isMessageTs(String ts) {
        return ts != null && TS.matcher(ts).matches();
    }
}
