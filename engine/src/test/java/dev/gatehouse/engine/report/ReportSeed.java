package dev.gatehouse.engine.report;

import java.time.Instant;

import static dev.gatehouse.engine.store.TestDatabase.count;
import static dev.gatehouse.engine.store.TestDatabase.execute;

/**
 * Rows for report tests, written as plain SQL so each test reads as the history it seeds: an
 * account, its first email, who decided it, whether it was sent, what came back, the meeting.
 */
public final class ReportSeed {
    private ReportSeed() {
    }

    public static long account(String domain, String owner, String industry) {
        return count("insert into accounts (domain, name, industry, employees, owner_slack_id) values (?, ?, ?, 100, ?) "
                + "returning id", domain, domain, industry, owner);
    }

    public static long firstEmail(long accountId, Instant at, String status, String writer, String model) {
        var contact = count("insert into contacts (account_id, email, first_name) values (?, ?, 'Pat') returning id",
                accountId, "pat" + System.nanoTime() + "@example.com");
        return count("insert into touches (account_id, contact_id, kind, subject, body, status, writer, model, "
                + "verification, created_at) values (?, ?, 'first_email', 'Hi', 'Hello there', ?, ?, ?, '{}'::jsonb, ?::timestamptz) "
                + "returning id", accountId, contact, status, writer, model, utc(at));
    }

    public static long firstEmail(long accountId, Instant at, String status) {
        return firstEmail(accountId, at, status, "offline", null);
    }

    public static void decision(long touchId, String decision, String actor, Instant at) {
        execute("insert into review_decisions (touch_id, decision, actor, created_at) values (?, ?, ?, ?::timestamptz)",
                touchId, decision, actor, utc(at));
    }

    public static void rejected(long touchId, String actor, String reason, Instant at) {
        execute("insert into review_decisions (touch_id, decision, actor, reason_code, created_at) values (?, 'reject', ?, ?, ?::timestamptz)",
                touchId, actor, reason, utc(at));
    }

    public static void edited(long touchId, String actor, String before, String after, Instant at) {
        execute("insert into review_decisions (touch_id, decision, actor, before_body, after_body, created_at) "
                + "values (?, 'edit', ?, ?, ?, ?::timestamptz)", touchId, actor, before, after, utc(at));
    }

    public static void sent(long touchId, Instant at) {
        execute("insert into outbox (touch_id, message_id, from_address, to_address, subject, body, status, sent_at) "
                + "values (?, ?, 'me@gatehouse.example', 'pat@example.com', 'Hi', 'Hello', 'sent', ?::timestamptz)",
                touchId, "<" + touchId + "@gatehouse.example>", utc(at));
    }

    public static void reply(long accountId, long touchId, String label, boolean autoReply, Instant at) {
        execute("insert into replies (account_id, thread_touch_id, touch_id, message_id, from_address, body, received_at, "
                + "label, auto_reply) values (?, ?, ?, ?, 'pat@example.com', 'text', ?::timestamptz, ?, ?)", accountId, touchId,
                touchId, "<r" + System.nanoTime() + "@example.com>", utc(at), label, autoReply);
    }

    public static long meeting(long accountId, Instant at, String outcome) {
        return count("insert into meetings (account_id, starts_at, source, outcome) values (?, ?::timestamptz, 'manual', ?) returning id",
                accountId, utc(at), outcome);
    }

    /** A send under supervised autonomy, its sampling drawn at {@code at}; {@code verdict} null while unreviewed. */
    public static void supervised(long touchId, boolean sampled, String verdict, Instant at) {
        execute("insert into supervised_samples (touch_id, action_type, sampled, sample_percent, decided_at, verdict, reviewer, "
                + "reviewed_at) values (?, 'first_email', ?, 20, ?::timestamptz, ?, ?, ?::timestamptz)", touchId, sampled,
                utc(at), verdict, verdict == null ? null : "U1", verdict == null ? null : utc(at.plusSeconds(3600)));
    }

    public static void usage(Instant at, String costUsd) {
        execute("insert into llm_usage (occurred_at, purpose, provider, model, tokens_in, tokens_out, cost_usd, latency_ms, "
                + "outcome) values (?::timestamptz, 'draft', 'openai', 'gpt-4o-mini', 1000, 200, ?::numeric, 900, 'ok')", utc(at), costUsd);
    }

    private static String utc(Instant at) {
        return at.toString();
    }
}
