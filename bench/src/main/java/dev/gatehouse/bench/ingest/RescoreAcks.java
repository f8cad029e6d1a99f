package dev.gatehouse.bench.ingest;

import dev.gatehouse.bench.memory.SyntheticWorkspace;
import dev.gatehouse.bench.report.Percentiles;
import dev.gatehouse.bench.support.BotClient;
import dev.gatehouse.bench.support.BotSettings;
import dev.gatehouse.bench.support.ChildBot;
import dev.gatehouse.bench.support.Copy;
import dev.gatehouse.bench.support.RecordingSlack;
import dev.gatehouse.bench.support.TempDir;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.engine.Workspace;
import dev.gatehouse.engine.gate.TouchStatus;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Is the running bot still quick to answer Slack while the re-score an import queued works through
 * its accounts? The bot ({@code run} in a child JVM, loopback Slack) gets signed approve clicks on
 * touches that do not exist (acked, then answered with an ephemeral message), {@value #CLICKS_PER_SECOND}
 * a second as a busy team would send them: first idle, then while the one {@code rescore-stale} job
 * re-scores every imported account, until it ends.
 */
final class RescoreAcks {
    private static final int CONCURRENCY = 10;
    static final int CLICKS_PER_SECOND = 20;
    /** Clicks while the re-score runs, at most this many times the idle ones (it may take longer: the figure is its start). */
    private static final int DURING_PER_IDLE = 3;
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Duration READY = Duration.ofMinutes(3);

    /** Ack times on the idle bot and during the re-score (empty when it ended before any click was answered). */
    record Result(Percentiles idle, Optional<Percentiles> duringRescore, int accounts) {
    }

    private final Workspace workspace;
    private final String jdbcUrl;
    private final int clicks;

    RescoreAcks(Workspace workspace, String jdbcUrl, int clicks) {
        this.workspace = workspace;
        this.jdbcUrl = jdbcUrl;
        this.clicks = clicks;
    }

    Result run(PrintStream out) {
        var dataSource = workspace.dataSource();
        // the import rounds each queued a re-score: none of them runs here, the measured one is queued below
        Copy.execute(dataSource, "delete from scheduled_tasks where task_name = 'rescore-stale'");
        Copy.execute(dataSource, "update rescore_runs set finished_at = now() where finished_at is null");
        if (count("select count(*) from icp_versions") == 0) SyntheticWorkspace.insertIcp(dataSource, SyntheticWorkspace.ICP);
        try (var home = new TempDir("gatehouse-bench-rescore-acks"); var slack = new RecordingSlack();
             var bot = ChildBot.start(slack.url(), jdbcUrl, home.path(), Map.of("GATEHOUSE_JOB_POLL_MS", "200"), READY)) {
            var client = bot.client();
            warmUp(client, 5 * clicks);
            var idle = Percentiles.ofNanos(pacedWhile(client, clicks, () -> true));
            long run = workspace.requestRescore("bench: Slack acks while re-scoring");
            int accounts = (int) count("select total from rescore_runs where id = " + run);
            awaitPicked(run);
            var during = pacedWhile(client, DURING_PER_IDLE * clicks, () -> count("select count(*) from rescore_runs where id = " + run
                    + " and finished_at is null") == 1);
            long done = count("select done from rescore_runs where id = " + run);
            var result = new Result(idle, during.length == 0 ? Optional.empty() : Optional.of(Percentiles.ofNanos(during)), accounts);
            out.printf("Slack acks (signed approve clicks, %d a second), idle bot: %s (%,d clicks)%n", CLICKS_PER_SECOND, idle.p50p99(), clicks);
            out.printf("  the same while the import's re-score of %,d accounts runs: %s (%,d clicks while it ran; %,d of the accounts re-scored by the last)%n",
                    accounts, result.duringRescore().map(Percentiles::p50p99).orElse("none (the re-score ended first)"),
                    during.length, done);
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until a scheduler has picked the run's job, or the run already ended. */
    private void awaitPicked(long run) throws InterruptedException {
        long deadline = System.nanoTime() + READY.toNanos();
        while (count("select count(*) from scheduled_tasks where task_name = 'rescore-stale' and task_instance = 'run-" + run
                + "' and picked") == 0 && count("select count(*) from rescore_runs where id = " + run + " and finished_at is not null") == 0) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("the bot did not take the re-score job within " + READY);
            Thread.sleep(10);
        }
    }

    /** The JIT's warm-up: {@code count} clicks from {@value #CONCURRENCY} connections, each sending its next once the last is acked. */
    private static void warmUp(BotClient client, int count) throws InterruptedException {
        var taken = new AtomicInteger();
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < CONCURRENCY; c++) {
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = taken.getAndIncrement(); i < count; i = taken.getAndIncrement()) send(client);
            }));
        }
        for (var thread : threads) thread.join();
    }

    /**
     * Clicks at {@value #CLICKS_PER_SECOND} a second (each on its own, not waiting for the last), up to
     * {@code max}, while {@code going} (checked every half second) holds; their ack times.
     */
    private static long[] pacedWhile(BotClient client, int max, BooleanSupplier going) throws InterruptedException {
        var timings = new long[max];
        var kept = new AtomicInteger();
        var failures = new AtomicInteger();
        var sent = new ArrayList<Thread>();
        long interval = 1_000_000_000L / CLICKS_PER_SECOND;
        long next = System.nanoTime();
        for (int i = 0; i < max && (i % (CLICKS_PER_SECOND / 2) != 0 || going.getAsBoolean()); i++) {
            sent.add(Thread.ofVirtual().start(() -> {
                long took = send(client);
                if (took < 0) failures.incrementAndGet();
                else timings[kept.getAndIncrement()] = took;
            }));
            next += interval;
            LockSupport.parkNanos(next - System.nanoTime());
        }
        for (var thread : sent) thread.join();
        if (failures.get() > 0) throw new IllegalStateException(failures.get() + " click(s) were not acked with 200");
        return Arrays.copyOf(timings, kept.get());
    }

    /** One signed approve click on a touch that does not exist; its ack time in nanoseconds, or -1 when it was not a 200. */
    private static long send(BotClient client) {
        var body = BotClient.click(BotSettings.REP, "C0LOOP", "1700000000.000100", "gh_approve",
                ActionValue.touch(2_000_000_000L + SEQUENCE.incrementAndGet(), TouchStatus.PENDING_REVIEW).encode());
        long t0 = System.nanoTime();
        try {
            return client.slack(body).statusCode() == 200 ? System.nanoTime() - t0 : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private long count(String sql) {
        try (var connection = workspace.dataSource().getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String NOTE = "Slack acks during the re-score: signed approve clicks, " + CLICKS_PER_SECOND + " a second, to `run` in a"
            + " child JVM (after a warm-up), idle and then while the import's one re-score job runs, in the same run;"
            + " the second figure counts the clicks sent until the run was seen to end (checked every half second).";
}
