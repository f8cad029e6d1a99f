package dev.gatehouse.bot.config;

import dev.gatehouse.engine.config.Env;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Slack side of the configuration. Names are part of the contract with users and scripts.
 * With {@code SLACK_API_URL} set, every Web API call (start-up's auth.test included) goes there
 * and nothing calls slack.com. How long a review waits before a reminder
 * ({@code GATEHOUSE_REVIEW_REMINDER_HOURS}) is the engine's setting, read there only.
 */
public record SlackSettings(String botToken, String signingSecret, Optional<String> appToken, String apiUrl,
                            int port, Set<String> managers, Set<String> reps, Optional<String> approvalsChannel,
                            Optional<String> briefsChannel, Optional<String> signalsSecret, Optional<String> inboundSecret,
                            Optional<String> metricsToken,
                            Optional<String> digestChannel) {

    public static final String DEFAULT_API_URL = "https://slack.com/api/";
    /** A bearer token shorter than this is too easy to guess for an endpoint anyone on the network can reach. */
    static final int MIN_METRICS_TOKEN = 16;

    public enum Mode { HTTP, SOCKET }

    public static SlackSettings fromEnv(Map<String, String> values) {
        var env = new Env(values);
        var botToken = env.required("SLACK_BOT_TOKEN");
        var appToken = env.optional("SLACK_APP_TOKEN");
        var signingSecret = env.string("SLACK_SIGNING_SECRET", "");
        if (appToken.isEmpty() && signingSecret.isEmpty()) {
            env.problem("SLACK_SIGNING_SECRET is required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)");
        }
        if (appToken.isPresent() && !appToken.get().startsWith("xapp-")) {
            env.problem("SLACK_APP_TOKEN must be an app-level token starting with xapp-");
        }
        var apiUrl = env.string("SLACK_API_URL", DEFAULT_API_URL);
        if (!apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
            env.problem("SLACK_API_URL must be an http(s) URL");
        }
        if (!apiUrl.endsWith("/")) apiUrl = apiUrl + "/";
        var port = env.integer("PORT", 3000, 0, 65535);
        var managers = ids(env.string("GATEHOUSE_MANAGERS", ""));
        var reps = ids(env.string("GATEHOUSE_REPS", ""));
        if (managers.isEmpty()) {
            env.problem("GATEHOUSE_MANAGERS must list at least one Slack user id (e.g. U012ABCDEF) or user group id (S…)");
        }
        var metricsToken = env.optional("GATEHOUSE_METRICS_TOKEN");
        if (metricsToken.isPresent() && metricsToken.get().length() < MIN_METRICS_TOKEN) {
            env.problem("GATEHOUSE_METRICS_TOKEN must be at least " + MIN_METRICS_TOKEN + " characters");
        }
        env.check();
        return new SlackSettings(botToken, signingSecret, appToken, apiUrl, port, managers, reps,
                env.optional("GATEHOUSE_APPROVALS_CHANNEL"), env.optional("GATEHOUSE_BRIEFS_CHANNEL"),
                env.optional("GATEHOUSE_SIGNALS_SECRET"), env.optional("GATEHOUSE_INBOUND_SECRET"), metricsToken,
                env.optional("GATEHOUSE_DIGEST_CHANNEL"));
    }

    public Mode mode() {
        return appToken.isPresent() ? Mode.SOCKET : Mode.HTTP;
    }

    private static Set<String> ids(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String toString() {
        return "SlackSettings[mode=" + mode() + ", botToken=" + Env.mask(botToken) + ", signingSecret="
                + Env.mask(signingSecret) + ", appToken=" + Env.mask(appToken.orElse(null)) + ", apiUrl=" + apiUrl
                + ", port=" + port + ", managers=" + managers + ", reps=" + reps + ", approvalsChannel="
                + approvalsChannel.orElse("<owner DM>") + ", metricsToken=" + Env.mask(metricsToken.orElse(null)) + "]";
    }
}
