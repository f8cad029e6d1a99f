package dev.gatehouse.bench.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The settings a benchmarked bot runs with: HTTP mode, loopback Slack, a bench database, no LLM. */
public final class BotSettings {
    public static final String SIGNING_SECRET = "bench-signing-secret-0123456789abcdef";
    public static final String SIGNALS_SECRET = "bench-signals-secret-0123456789abcdef";
    public static final String MANAGER = "U0BENCHMGR";
    public static final String REP = "U0BENCHREP";

    private BotSettings() {
    }

    /** The bearer token {@code /metrics} asks for (served only with one). */
    public static final String METRICS_TOKEN = "bench-metrics-token-0123456789";

    /**
     * What {@code run} needs, on {@code port} (0: any), with the bot's home and data directory
     * in {@code home} so nothing is written under the user's own; everything else is the default.
     */
    public static Map<String, String> env(String slackUrl, String jdbcUrl, Path home, int port) {
        var env = env(slackUrl, home, port);
        env.putAll(BenchDatabase.env(jdbcUrl));
        return env;
    }

    /** The same on the embedded database the bot keeps in its data directory under {@code home}. */
    public static Map<String, String> env(String slackUrl, Path home, int port) {
        var env = new HashMap<String, String>();
        env.putAll(Map.of("SLACK_BOT_TOKEN", "xoxb-bench", "SLACK_SIGNING_SECRET", SIGNING_SECRET, "SLACK_API_URL", slackUrl,
                "PORT", Integer.toString(port), "GATEHOUSE_MANAGERS", MANAGER, "GATEHOUSE_REPS", REP,
                "GATEHOUSE_SIGNALS_SECRET", SIGNALS_SECRET, "HOME", home.toString(),
                "GATEHOUSE_DATA_DIR", home.resolve(".gatehouse").toString()));
        env.put("GATEHOUSE_METRICS_TOKEN", METRICS_TOKEN);
        return env;
    }
}
