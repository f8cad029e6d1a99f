package dev.gatehouse.engine;

import dev.gatehouse.engine.ai.LlmConfig;
import dev.gatehouse.engine.config.DatabaseConfig;
import dev.gatehouse.engine.customers.CustomerSettings;
import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.followups.FollowUpPlanner;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the engine is built from that comes from configuration: its own settings, where its
 * database is, the model provider (none: the offline writer and triage), the mailbox (empty
 * without SMTP: nothing is sent, nothing polled, no unsubscribe links), the follow-up cadence and the
 * after-the-sale settings.
 */
public record EngineConfig(EngineSettings settings, DatabaseConfig database, LlmConfig llm, Optional<MailConfig> mail,
                           FollowUpPlanner cadence, CustomerSettings customers) {
    public EngineConfig(EngineSettings settings, DatabaseConfig database, LlmConfig llm, Optional<MailConfig> mail,
                        FollowUpPlanner cadence) {
        this(settings, database, llm, mail, cadence, CustomerSettings.DEFAULT);
    }

    public EngineConfig {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(llm, "llm");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(cadence, "cadence");
    }

    public static EngineConfig fromEnv(Map<String, String> env) {
        var settings = EngineSettings.fromEnv(env);
        var llm = LlmConfig.fromEnv(env);
        var mail = MailConfig.configured(env) ? Optional.of(MailConfig.fromEnv(env)) : Optional.<MailConfig>empty();
        return new EngineConfig(settings, DatabaseConfig.fromEnv(env), llm, mail, FollowUpPlanner.fromEnv(env),
                CustomerSettings.fromEnv(env));
    }
}
