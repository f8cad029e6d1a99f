package dev.gatehouse.bot.slack;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Slack message permalinks built from the workspace URL, without a chat.getPermalink round trip
 * per message: {@code <workspace>/archives/<channel>/p<ts without the dot>}, and for a reply in a
 * thread the same with {@code ?thread_ts=<parent ts>&cid=<channel>} so Slack opens the thread.
 */
final class Permalinks {
    private static final Pattern CHANNEL = Pattern.compile("[A-Z0-9]+");
    private static final Pattern TS = Pattern.compile("\\d+\\.\\d+");

    private Permalinks() {
    }

    static Optional<String> message(String workspaceUrl, String channel, String ts) {
        if (workspaceUrl == null || channel == null || ts == null) return Optional.empty();
        if (!CHANNEL.matcher(channel).matches() || !TS.matcher(ts).matches()) return Optional.empty();
        var base = workspaceUrl.endsWith("/") ? workspaceUrl : workspaceUrl + "/";
        return Optional.of(base + "archives/" + channel + "/p" + ts.replace(".", ""));
    }

    static Optional<String> inThread(String workspaceUrl, String channel, String ts, String threadTs) {
        if (threadTs == null || !TS.matcher(threadTs).matches()) return Optional.empty();
        return message(workspaceUrl, channel, ts).map(link -> link + "?thread_ts=" + threadTs + "&cid=" + channel);
    }
}
