package dev.gatehouse.engine;

import dev.gatehouse.engine.config.Env;
import dev.gatehouse.engine.plan.PlanSettings;
import dev.gatehouse.engine.delivery.DeliverabilityConfig;
import dev.gatehouse.engine.inbox.InboxSettings;
import dev.gatehouse.engine.replies.ingest.ImapCadence;
import dev.gatehouse.engine.supervision.SupervisionSettings;
import dev.gatehouse.engine.report.ReportSettings;
import dev.gatehouse.engine.writing.Guardrails;

import java.time.Duration;
import java.util.Map;

/**
 * The engine's own settings: the sending mailbox, deliverability rules, how often durable jobs
 * are polled, how long research is reused, how many rewrites a blocked draft gets, and how often
 * the {@code gatehouse_} metrics are re-read from the database, how the durable inbox leases its rows,
 * how often the mailbox is read, and supervised autonomy's sampling and quality breaker.
 * {@code sendLease}: how long an instance's claim on an email it is sending lasts without renewal,
 * so how soon a send cut off by a crash is taken over. {@code plan}: the daily plan (priors, review caps).
 */
public record EngineSettings(String fromAddress, DeliverabilityConfig deliverability, Duration jobPolling,
                             Duration sweepInterval, Duration researchTtl, int maxRewrites, Guardrails guardrails,
                             Duration reviewReminderAfter, Duration metricsRefresh, InboxSettings inbox,
                             Duration sendLease, ImapCadence imapCadence, SupervisionSettings supervision,
                             ReportSettings reports, PlanSettings plan) {

    public static EngineSettings fromEnv(Map<String, String> values) {
        var env = new Env(values);
        var from = env.string("MAIL_FROM", "Gatehouse Demo <sales@gatehouse.example>");
        var polling = Duration.ofMillis(env.integer("GATEHOUSE_JOB_POLL_MS", 2000));
        var sweep = Duration.ofSeconds(env.integer("GATEHOUSE_SWEEP_SECONDS", 60));
        var ttl = Duration.ofHours(env.integer("GATEHOUSE_RESEARCH_TTL_HOURS", 72));
        var rewrites = env.integer("GATEHOUSE_MAX_REWRITES", 2);
        var maxWords = env.integer("GATEHOUSE_MAX_WORDS", Guardrails.DEFAULT.maxWords());
        var signature = env.string("GATEHOUSE_SIGNATURE", "");
        var reminder = Duration.ofHours(env.integer("GATEHOUSE_REVIEW_REMINDER_HOURS", 24));
        var metricsRefresh = Duration.ofMillis(env.integer("GATEHOUSE_METRICS_REFRESH_MS", 15_000, 100, 3_600_000));
        var sendLease = Duration.ofSeconds(env.integer("GATEHOUSE_SEND_LEASE_SECONDS", 10, 1, 600));
        env.check();
        var guardrails = new Guardrails(maxWords, Guardrails.DEFAULT.bannedPhrases(), Guardrails.DEFAULT.tone(), signature);
        return new EngineSettings(from, DeliverabilityConfig.fromEnv(values), polling, sweep, ttl, rewrites, guardrails,
                reminder, metricsRefresh, InboxSettings.fromEnv(values), sendLease, ImapCadence.fromEnv(values),
                SupervisionSettings.fromEnv(values), ReportSettings.fromEnv(values),
                PlanSettings.fromEnv(values, DeliverabilityConfig.fromEnv(values).dailyCap()));
    }
}
