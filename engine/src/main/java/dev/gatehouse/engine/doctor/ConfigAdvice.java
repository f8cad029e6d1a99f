package dev.gatehouse.engine.doctor;

import java.util.Map;
import java.util.regex.Pattern;

/** Plain advice for a configuration problem, by the variable it names. */
final class ConfigAdvice {
    private static final Pattern VARIABLE = Pattern.compile("\\b(?:[A-Z][A-Z0-9]*_[A-Z0-9_]+|PORT)\\b");
    private static final String README = "see the configuration table in the README";

    private static final Map<String, String> ADVICE = Map.ofEntries(
            Map.entry("SLACK_BOT_TOKEN", "copy the Bot User OAuth Token (xoxb-...) from api.slack.com/apps -> your app -> "
                    + "OAuth & Permissions"),
            Map.entry("SLACK_SIGNING_SECRET", "copy it from api.slack.com/apps -> your app -> Basic Information -> App "
                    + "Credentials, or set SLACK_APP_TOKEN to use Socket Mode instead"),
            Map.entry("SLACK_APP_TOKEN", "create one under Basic Information -> App-Level Tokens with the "
                    + "connections:write scope (xapp-...), or unset it to use HTTP mode"),
            Map.entry("SLACK_API_URL", "leave it unset for slack.com, or give the Web API base, e.g. https://slack.com/api/"),
            Map.entry("GATEHOUSE_MANAGERS", "list your managers' Slack member ids (profile, then the ... menu, then Copy member ID), "
                    + "comma-separated"),
            Map.entry("PORT", "a free TCP port for the HTTP server, e.g. 3000"),
            Map.entry("DATABASE_URL", "use jdbc:postgresql://host:5432/db or postgres://user:password@host:5432/db, "
                    + "or unset it for the embedded PostgreSQL"),
            Map.entry("MAIL_FROM", "the mailbox that sends, with its name, e.g. Ana Ruiz <ana@example.com>"),
            Map.entry("SMTP_HOST", "your provider's SMTP submission host, e.g. smtp.example.com"),
            Map.entry("SMTP_PORT", "587 for STARTTLS submission, 465 for TLS"),
            Map.entry("SMTP_USERNAME", "set both SMTP_USERNAME and SMTP_PASSWORD, or neither for a relay without login"),
            Map.entry("SMTP_PASSWORD", "set both SMTP_USERNAME and SMTP_PASSWORD, or neither for a relay without login"),
            Map.entry("IMAP_USERNAME", "the login of the sending mailbox, where replies arrive"),
            Map.entry("IMAP_PASSWORD", "the sending mailbox's password (an app password where your provider has them)"),
            Map.entry("IMAP_PORT", "993 with IMAP_SSL=true, 143 with IMAP_SSL=false"),
            Map.entry("GATEHOUSE_PUBLIC_URL", "the https address where this server is reachable, e.g. "
                    + "https://gatehouse.example.com: one-click unsubscribe links point there"),
            Map.entry("GATEHOUSE_UNSUBSCRIBE_SECRET", "generate one with: openssl rand -hex 32"),
            Map.entry("GATEHOUSE_LLM_PROVIDER", "none (the offline writer), openai, anthropic or ollama"),
            Map.entry("GATEHOUSE_LLM_API_KEY", "the provider's API key, or GATEHOUSE_LLM_PROVIDER=none for the offline writer"),
            Map.entry("GATEHOUSE_DNS_SERVER", "unset it to use this machine's resolvers"),
            Map.entry("GATEHOUSE_DKIM_SELECTOR", "the s= tag of the DKIM-Signature header in a mail you sent"));

    private ConfigAdvice() {
    }

    /** The problem, then what to do about it. */
    static String advise(String problem) {
        var matcher = VARIABLE.matcher(problem);
        var advice = matcher.find() ? ADVICE.getOrDefault(matcher.group(), README) : README;
        return problem + " -> " + advice;
    }
}
