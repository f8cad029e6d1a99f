package dev.gatehouse.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.gatehouse.bot.config.SlackSettings;
import dev.gatehouse.engine.config.Env;
import dev.gatehouse.engine.doctor.Check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code doctor}'s Slack part: the bot token against {@code auth.test} (and the scopes Slack says
 * it carries), and in Socket Mode the app-level token against {@code apps.connections.open}, on
 * the configured {@code SLACK_API_URL}.
 */
public final class SlackTokenCheck {
    private static final int TIMEOUT_MS = 10_000;

    private SlackTokenCheck() {
    }

    public static List<Check> check(Map<String, String> values) {
        var env = new Env(values);
        var apiUrl = env.string("SLACK_API_URL", SlackSettings.DEFAULT_API_URL);
        var botToken = env.optional("SLACK_BOT_TOKEN");
        var checks = new ArrayList<Check>();
        if (botToken.isEmpty()) {
            checks.add(Check.warn("slack", "not checked: SLACK_BOT_TOKEN is unset"));
            return checks;
        }
        if (!apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
            checks.add(Check.warn("slack", "not checked: SLACK_API_URL is not an http(s) URL"));
            return checks;
        }
        var slack = slack(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        checks.add(bot(slack, apiUrl, botToken.get()));
        env.optional("SLACK_APP_TOKEN").ifPresent(appToken -> checks.add(socketMode(slack, apiUrl, appToken)));
        return checks;
    }

    private static Check bot(Slack slack, String apiUrl, String token) {
        try {
            var answer = slack.methods(token).authTest(r -> r);
            if (!answer.isOk()) return Check.fail("slack", refused("auth.test", answer) + " -> " + advice(answer.getError()));
            var missing = missingScopes(answer);
            if (!missing.isEmpty()) {
                return Check.fail("slack", "the token lacks the scopes " + String.join(", ", missing) + " -> add them under "
                        + "OAuth & Permissions (or recreate the app from manifest/manifest.json) and reinstall the app");
            }
            var who = "bot " + answer.getUser() + " in workspace " + answer.getTeam() + " (" + answer.getUrl() + ")";
            if (!token.startsWith("xoxb-")) {
                return Check.warn("slack", "the token works, as " + who + ", but it is not a bot token (xoxb-...): Gatehouse "
                        + "would act as that person -> use the Bot User OAuth Token");
            }
            return Check.ok("slack", "auth.test accepted the bot token: " + who);
        } catch (IOException | SlackApiException e) {
            return Check.fail("slack", unreachable(apiUrl, e));
        }
    }

    private static Check socketMode(Slack slack, String apiUrl, String appToken) {
        try {
            var answer = slack.methods().appsConnectionsOpen(r -> r.token(appToken));
            if (answer.isOk()) return Check.ok("socket", "apps.connections.open accepted SLACK_APP_TOKEN: Socket Mode can connect");
            return Check.fail("socket", refused("apps.connections.open", answer) + " -> create an app-level token with the "
                    + "connections:write scope under Basic Information -> App-Level Tokens, and turn on Socket Mode");
        } catch (IOException | SlackApiException e) {
            return Check.fail("socket", unreachable(apiUrl, e));
        }
    }

    private static String refused(String method, SlackApiTextResponse answer) {
        return method + " answered " + answer.getError();
    }

    private static String advice(String error) {
        return switch (String.valueOf(error)) {
            case "invalid_auth", "not_authed" -> "Slack does not know SLACK_BOT_TOKEN: copy the Bot User OAuth Token "
                    + "(xoxb-...) again from api.slack.com/apps -> your app -> OAuth & Permissions";
            case "token_revoked", "token_expired", "account_inactive", "app_uninstalled" -> "the token was revoked or the "
                    + "app uninstalled: reinstall the app to your workspace and copy the new Bot User OAuth Token";
            default -> "see https://api.slack.com/methods/auth.test for what " + error + " means";
        };
    }

    private static String unreachable(String apiUrl, Exception e) {
        return "cannot reach Slack at " + apiUrl + " (" + e.getMessage() + ") -> check this machine's network and proxy, "
                + "or SLACK_API_URL";
    }

    /** Scopes {@link Scopes#bot()} needs that Slack's {@code x-oauth-scopes} header does not list (when it is sent). */
    private static List<String> missingScopes(SlackApiTextResponse answer) {
        var headers = answer.getHttpResponseHeaders() == null ? Map.<String, List<String>>of() : answer.getHttpResponseHeaders();
        var granted = headers.entrySet().stream().filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase("x-oauth-scopes"))
                .flatMap(h -> h.getValue().stream()).flatMap(v -> Arrays.stream(v.split(","))).map(String::trim).toList();
        if (granted.isEmpty()) return List.of();
        var missing = new TreeSet<>(Scopes.bot());
        granted.forEach(missing::remove);
        return List.copyOf(missing);
    }

    private static Slack slack(String apiUrl) {
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setPrettyResponseLoggingEnabled(false);
        // the SDK's call statistics would call auth.test on their own, before ours, to learn the team id
        config.setStatsEnabled(false);
        config.getMethodsConfig().setStatsEnabled(false);
        config.setHttpClientCallTimeoutMillis(TIMEOUT_MS);
        config.setHttpClientReadTimeoutMillis(TIMEOUT_MS);
        return Slack.getInstance(config);
    }
}
