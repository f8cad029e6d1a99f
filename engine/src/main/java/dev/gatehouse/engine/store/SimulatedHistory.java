package dev.gatehouse.engine.store;

import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Made-up weeks of history for the demo only, so its report and digest chart have something to
 * show: accounts named {@code sim-N.example} ("Simulated account N"), their first emails, decisions,
 * sends, bounces, replies, meetings, outcomes, model spend and a gate experiment, drawn from a
 * seeded random with plausible rates. Never called outside {@code demo}; the demo labels all of it
 * SIMULATED.
 */
public final class SimulatedHistory {
    private static final List<String> SEGMENTS = List.of("logistics", "manufacturing", "retail");
    private static final List<String> REPS = List.of("U0DEMOREP1", "U0DEMOREP2");

    private final DSLContext dsl;
    private final Random random;

    SimulatedHistory(DSLContext dsl, long seed) {
        this.dsl = dsl;
        this.random = new Random(seed);
    }

    /** {@code perWeek} first emails in each of the {@code weeks} weeks before {@code now}; returns how many. */
    public int write(int weeks, int perWeek, Instant now) {
        var start = now.minus(Duration.ofDays(7L * weeks));
        long experiment = id("insert into experiments (name, gate_off_percent, started_by, started_at) "
                + "values ('gate', 20, 'demo-manager', ?::timestamptz) returning id", start.toString());
        int n = 0;
        for (int w = 0; w < weeks; w++) {
            for (int i = 0; i < perWeek; i++) {
                var at = start.plus(Duration.ofDays(7L * w)).plusSeconds(random.nextInt(6 * 24 * 3600));
                account(++n, at, experiment);
            }
        }
        return n;
    }

    /** A gate-off send's sampling: 1 in 5 sampled, most reviewed, some flagged (its own draws, so the rest of the history is unchanged). */
    private void sampled(long touch, Instant at) {
        var draws = new Random(touch);
        var sampled = draws.nextDouble() < 0.2;
        var verdict = !sampled || draws.nextDouble() < 0.2 ? null : draws.nextDouble() < 0.15 ? "flagged" : "looks_right";
        dsl.execute("insert into supervised_samples (touch_id, action_type, sampled, sample_percent, decided_at, verdict, "
                + "reviewer, reason, reviewed_at) values (?, 'first_email', ?, 20, ?::timestamptz, ?, ?, ?, ?::timestamptz)",
                touch, sampled, at.toString(), verdict, verdict == null ? null : REPS.get(draws.nextInt(REPS.size())),
                "flagged".equals(verdict) ? "Simulated flag" : null, verdict == null ? null : at.plus(Duration.ofHours(3)).toString());
    }

    private void account(int n, Instant at, long experiment) {
        var account = id("insert into accounts (domain, name, industry, employees, owner_slack_id) values (?, ?, ?, ?, ?) "
                        + "on conflict (domain) do update set name = excluded.name returning id", "sim-" + n + ".example",
                "Simulated account " + n, pick(SEGMENTS), 50 + random.nextInt(900), pick(REPS));
        var contact = id("insert into contacts (account_id, email, first_name) values (?, ?, 'Sam') "
                + "on conflict (email) do update set first_name = excluded.first_name returning id", account, "sam@sim-" + n + ".example");
        var score = 40 + random.nextInt(58);
        dsl.execute("insert into scores (account_id, icp_version, score, fit_points, signal_points, semantic_points, breakdown, "
                + "computed_at) values (?, 1, ?, 0, 0, 0, '{}'::jsonb, ?::timestamptz) on conflict (account_id) do nothing",
                account, score, at.toString());
        var gateOff = random.nextDouble() < 0.2;
        dsl.execute("insert into experiment_arms (account_id, experiment_id, arm, assigned_at) values (?, ?, ?, ?::timestamptz) "
                + "on conflict do nothing", account, experiment, gateOff ? "gate_off" : "gate_on", at.toString());
        var llm = random.nextBoolean();
        var touch = id("insert into touches (account_id, contact_id, kind, subject, body, status, writer, model, verification, "
                        + "created_at) values (?, ?, 'first_email', 'Simulated', 'Simulated first email', 'sent', ?, ?, "
                        + "'{}'::jsonb, ?::timestamptz) returning id", account, contact, llm ? "openai" : "offline",
                llm ? "gpt-4o-mini" : null, at.toString());
        if (llm) {
            dsl.execute("insert into llm_usage (occurred_at, touch_id, purpose, provider, model, tokens_in, tokens_out, "
                    + "cost_usd, latency_ms, outcome) values (?::timestamptz, ?, 'draft', 'openai', 'gpt-4o-mini', 1400, 260, "
                    + "0.000366, 1200, 'ok')", at.toString(), touch);
        }
        var decided = at.plus(Duration.ofMinutes(20 + random.nextInt(600)));
        if (!gateOff && random.nextDouble() < 0.1) {
            dsl.execute("update touches set status = 'rejected' where id = ?", touch);
            dsl.execute("insert into review_decisions (touch_id, decision, actor, reason_code, created_at) values "
                    + "(?, 'reject', ?, ?, ?::timestamptz)", touch, pick(REPS), random.nextBoolean() ? "off_message" : "bad_timing",
                    decided.toString());
            return;
        }
        if (!gateOff && random.nextDouble() < 0.25) {
            dsl.execute("insert into review_decisions (touch_id, decision, actor, before_body, after_body, created_at) values "
                    + "(?, 'edit', ?, 'Simulated first email', 'Simulated first email, edited', ?::timestamptz)", touch,
                    pick(REPS), decided.toString());
        }
        dsl.execute("insert into review_decisions (touch_id, decision, actor, created_at) values (?, 'approve', ?, ?::timestamptz)",
                touch, gateOff ? "gatehouse:supervised" : pick(REPS), (gateOff ? at : decided).toString());
        if (gateOff) sampled(touch, at);
        var sent = (gateOff ? at : decided).plus(Duration.ofMinutes(30));
        dsl.execute("insert into outbox (touch_id, message_id, from_address, to_address, subject, body, status, sent_at) values "
                + "(?, ?, 'sales@palletline.example', ?, 'Simulated', 'Simulated', 'sent', ?::timestamptz)", touch,
                "<sim-" + touch + "@palletline.example>", "sam@sim-" + n + ".example", sent.toString());
        if (random.nextDouble() < 0.04) {
            reply(account, touch, "bounce", sent.plus(Duration.ofMinutes(2)));
            return;
        }
        if (random.nextDouble() < 0.08) reply(account, touch, "out_of_office", sent.plus(Duration.ofMinutes(5)));
        if (random.nextDouble() > (gateOff ? 0.13 : 0.17)) return;
        var positive = random.nextDouble() < 0.5;
        reply(account, touch, positive ? (random.nextBoolean() ? "interested" : "meeting_request") : "not_interested",
                sent.plus(Duration.ofHours(4 + random.nextInt(40))));
        if (!positive || random.nextDouble() > 0.6) return;
        var held = random.nextDouble() < 0.8;
        var meeting = id("insert into meetings (account_id, contact_id, starts_at, source, outcome, outcome_by) values "
                + "(?, ?, ?::timestamptz, 'manual', ?, 'U0DEMOREP1') returning id", account, contact,
                sent.plus(Duration.ofDays(3)).toString(), held ? "held" : "no_show");
        if (!held) return;
        var qualified = random.nextDouble() < 0.6;
        outcome(account, 1, qualified ? "qualified" : "not_qualified", null, meeting, sent.plus(Duration.ofDays(3)));
        if (qualified && random.nextDouble() < 0.35) {
            outcome(account, 2, "won", BigDecimal.valueOf(6000 + 1000L * random.nextInt(30)), null, sent.plus(Duration.ofDays(5)));
        }
    }

    private void reply(long account, long touch, String label, Instant at) {
        dsl.execute("insert into replies (account_id, thread_touch_id, touch_id, message_id, from_address, body, received_at, "
                        + "label, auto_reply) values (?, ?, ?, ?, 'sam@example.com', 'Simulated reply', ?::timestamptz, ?, ?)",
                account, touch, touch, "<sim-r" + touch + "-" + label + "@example.com>", at.toString(), label,
                label.equals("out_of_office"));
    }

    private void outcome(long account, int version, String stage, BigDecimal amount, Long meeting, Instant at) {
        dsl.execute("insert into account_outcomes (account_id, version, stage, amount, source, actor, meeting_id, created_at) "
                + "values (?, ?, ?, ?, 'slack', 'U0DEMOREP1', ?, ?::timestamptz)", account, version, stage, amount, meeting,
                at.toString());
    }

    private long id(String sql, Object... bindings) {
        return ((Number) dsl.fetchValue(sql, bindings)).longValue();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
