package dev.gatehouse.bot.slack;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every Slack Web API method the bot calls with its bot token, and the bot scope each needs
 * (https://api.slack.com/methods); {@code manifest/manifest.json} asks for exactly these plus
 * {@code commands}. Direct messages go to a user id with chat.postMessage, which lands in the
 * app's Messages tab with {@code chat:write} alone: no conversations.open, so no {@code im:write}.
 * Socket Mode's apps.connections.open uses the app-level token ({@code connections:write}), not a
 * bot scope.
 */
public final class Scopes {
    /** Slash commands need this scope; no method does. */
    public static final String COMMANDS = "commands";
    /** A method that needs no scope beyond a valid bot token. */
    public static final String NONE = "";

    public static final Map<String, String> BY_METHOD = Map.of(
            "auth.test", NONE,
            "chat.postMessage", "chat:write",
            "chat.update", "chat:write",
            "chat.postEphemeral", "chat:write",
            "views.open", NONE,
            "views.publish", NONE,
            "usergroups.users.list", "usergroups:read",
            "files.getUploadURLExternal", "files:write",
            "files.completeUploadExternal", "files:write");

    private Scopes() {
    }

    /** The bot scopes the app must request: those the methods need, plus {@link #COMMANDS}. */
    public static Set<String> bot() {
        var scopes = new TreeSet<String>();
        BY_METHOD.values().stream().filter(s -> !s.equals(NONE)).forEach(scopes::add);
        scopes.add(COMMANDS);
        return scopes;
    }
}
