package dev.gatehouse.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.gatehouse.bot.config.SlackSettings;

/** Slack's client and Bolt app, pointed at {@code SLACK_API_URL} so tests and GovSlack work. */
public final class SlackClients {
    private SlackClients() {
    }

    public static Slack slack(SlackSettings settings) {
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setPrettyResponseLoggingEnabled(false);
        return Slack.getInstance(config);
    }

    public static App app(SlackSettings settings, Slack slack) {
        // Bolt calls auth.test before every request unless cached: a Slack round trip inside each ack.
        // Signatures are checked once, by BoltAdapter, before Bolt sees a request (Socket Mode needs none):
        // Bolt's own check would repeat the same HMAC on every request.
        var builder = AppConfig.builder().singleTeamBotToken(settings.botToken()).slack(slack).authTestCacheEnabled(true)
                .requestVerificationEnabled(false);
        if (!settings.signingSecret().isEmpty()) builder.signingSecret(settings.signingSecret());
        return new App(builder.build());
    }
}
