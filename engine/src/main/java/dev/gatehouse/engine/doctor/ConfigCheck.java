package dev.gatehouse.engine.doctor;

import dev.gatehouse.engine.EngineConfig;
import dev.gatehouse.engine.EngineSettings;
import dev.gatehouse.engine.ai.LlmConfig;
import dev.gatehouse.engine.config.ConfigException;
import dev.gatehouse.engine.config.DatabaseConfig;
import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.followups.FollowUpPlanner;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the configuration {@code run} reads, part by part, so that every missing or invalid
 * variable is reported at once, each with what to do about it.
 */
public final class ConfigCheck {
    private ConfigCheck() {
    }

    /** {@code hostParts}: the readers of the host's own settings (the bot's Slack settings). */
    public static List<Check> check(Map<String, String> env, List<Consumer<Map<String, String>>> hostParts) {
        var parts = new ArrayList<>(hostParts);
        parts.addAll(List.of(EngineSettings::fromEnv, DatabaseConfig::fromEnv, LlmConfig::fromEnv, FollowUpPlanner::fromEnv,
                DoctorSettings::fromEnv, ConfigCheck::mail));
        var problems = new LinkedHashSet<String>();
        parts.forEach(part -> problems.addAll(problems(part, env)));
        // the whole engine configuration once more: whatever it reads that the parts above do not
        if (problems.isEmpty()) problems.addAll(problems(EngineConfig::fromEnv, env));
        if (problems.isEmpty()) return List.of(Check.ok("config", "every setting run reads is present and valid"));
        return problems.stream().map(p -> Check.fail("config", ConfigAdvice.advise(p))).toList();
    }

    private static void mail(Map<String, String> env) {
        if (MailConfig.configured(env)) MailConfig.fromEnv(env);
    }

    private static List<String> problems(Consumer<Map<String, String>> part, Map<String, String> env) {
        try {
            part.accept(env);
            return List.of();
        } catch (ConfigException e) {
            return e.problems();
        } catch (RuntimeException e) {
            return List.of(String.valueOf(e.getMessage()));
        }
    }
}
