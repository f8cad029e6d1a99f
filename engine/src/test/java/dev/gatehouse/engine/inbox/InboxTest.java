package dev.gatehouse.engine.inbox;

import dev.gatehouse.engine.store.Database;
import dev.gatehouse.engine.store.InboxStore;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The durable inbox on a real PostgreSQL: stored before the ack, processed once, taken over after a crash. */
class InboxTest {
    private static final InboxSettings SHORT_LEASE = new InboxSettings(Duration.ofSeconds(1), 3, Duration.ofDays(1));
    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp", "1700000000");

    private Database database;
    private InboxStore store;
    private final List<Inbox> inboxes = new ArrayList<>();
    private final Map<Long, AtomicInteger> runs = new ConcurrentHashMap<>();

    @BeforeEach
    void fresh() {
        database = TestDatabase.fresh();
        store = database.stores().inbox();
    }

    @AfterEach
    void close() {
        inboxes.forEach(Inbox::close);
    }

    private Inbox instance() {
        return instance(SHORT_LEASE);
    }

    private Inbox instance(InboxSettings settings) {
        var inbox = new Inbox(store, settings, Clock.systemUTC());
        inboxes.add(inbox);
        return inbox;
    }

    /** A handler that counts how often each row was processed. */
    private InboxHandler counting() {
        return request -> {
            runs.computeIfAbsent(request.id(), id -> new AtomicInteger()).incrementAndGet();
            return Inbox.finished();
        };
    }

    /** Done marks are written in batches, a moment after processing finished. */
    private void awaitDone(long id) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!store.isDone(id) && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(store.isDone(id)).as("row %d done", id).isTrue();
    }

    private void awaitNoneOpen() throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (store.open() > 0 && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(store.open()).isZero();
    }

    private static byte[] body(int n) {
        return ("payload=click-" + n).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_stored_request_is_processed_with_its_body_and_headers_and_marked_done() throws Exception {
        var inbox = instance();
        var seen = new ArrayList<StoredRequest>();
        inbox.handle(InboxKind.SLACK_ACTION, request -> {
            seen.add(request);
            return Inbox.finished();
        });

        var stored = inbox.store(InboxKind.SLACK_ACTION, HEADERS, body(1));
        assertThat(store.isDone(stored.id())).isFalse();
        inbox.process(stored);

        assertThat(seen).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("payload=click-1");
            assertThat(r.header("x-slack-request-timestamp")).contains("1700000000");
        });
        awaitDone(stored.id());
    }

    @Test
    void a_row_is_done_only_when_the_work_it_started_has_finished() throws Exception {
        var inbox = instance();
        var later = new CompletableFuture<Void>();
        var stored = inbox.store(InboxKind.SLACK_VIEW, HEADERS, body(1));

        var answer = inbox.process(stored, r -> new Handled<>("ack", later));

        assertThat(answer).isEqualTo("ack");
        Thread.sleep(300); // were it marked done now, the mark would be written by then
        assertThat(store.isDone(stored.id())).isFalse();
        later.complete(null);
        awaitDone(stored.id());
    }

    @Test
    void a_row_left_by_a_dead_instance_is_processed_by_another_once_its_lease_runs_out() throws Exception {
        // a lease long enough to hold however slowly this machine runs, then run out on purpose
        var dead = instance(new InboxSettings(Duration.ofMinutes(1), 3, Duration.ofDays(1)));
        var stored = dead.store(InboxKind.SLACK_ACTION, HEADERS, body(1));
        var survivor = instance().handle(InboxKind.SLACK_ACTION, counting());

        assertThat(survivor.recover()).as("the lease still holds").isZero();
        TestDatabase.execute("update inbox set lease_until = now() - interval '1 second' where id = ?", stored.id());
        assertThat(survivor.recover()).isEqualTo(1);

        assertThat(runs.get(stored.id())).hasValue(1);
        awaitDone(stored.id());
        assertThat(survivor.recover()).isZero();
    }

    @Test
    void two_instances_recovering_at_once_process_every_row_exactly_once() throws Exception {
        var dead = instance();
        for (int i = 0; i < 60; i++) dead.store(InboxKind.SLACK_ACTION, HEADERS, body(i));
        var first = instance().handle(InboxKind.SLACK_ACTION, counting());
        var second = instance().handle(InboxKind.SLACK_ACTION, counting());
        Thread.sleep(SHORT_LEASE.lease().toMillis() + 200);

        var go = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(2)) {
            var a = threads.submit(() -> drain(first, go));
            var b = threads.submit(() -> drain(second, go));
            go.countDown();
            assertThat(a.get(20, TimeUnit.SECONDS) + b.get(20, TimeUnit.SECONDS)).isEqualTo(60);
        }

        assertThat(runs).hasSize(60).allSatisfy((id, count) -> assertThat(count).hasValue(1));
        awaitNoneOpen();
    }

    private static int drain(Inbox inbox, CountDownLatch go) throws InterruptedException {
        go.await();
        int total = 0;
        for (int n; (n = inbox.recover()) > 0; ) total += n;
        return total;
    }

    @Test
    void a_row_a_live_instance_is_still_working_on_is_not_taken_over() throws Exception {
        var busy = new CompletableFuture<Void>();
        var live = instance().handle(InboxKind.INBOUND_EMAIL, request -> busy).start();
        var stored = live.store(InboxKind.INBOUND_EMAIL, HEADERS, body(1));
        live.process(stored);
        var other = instance().handle(InboxKind.INBOUND_EMAIL, counting());

        Thread.sleep(3 * SHORT_LEASE.lease().toMillis());

        assertThat(other.recover()).as("the live instance renews its lease").isZero();
        busy.complete(null);
        awaitDone(stored.id());
        assertThat(runs).isEmpty();
    }

    @Test
    void a_failed_row_is_retried_and_closed_after_the_last_attempt() throws Exception {
        var attempts = new AtomicInteger();
        var inbox = instance().handle(InboxKind.INBOUND_EMAIL, request -> {
            attempts.incrementAndGet();
            return CompletableFuture.failedFuture(new IllegalStateException("database away"));
        });
        var stored = inbox.store(InboxKind.INBOUND_EMAIL, HEADERS, body(1));
        inbox.process(stored);

        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (store.open() > 0 && System.nanoTime() < deadline) {
            inbox.recover();
            Thread.sleep(100);
        }

        assertThat(attempts).hasValue(SHORT_LEASE.maxAttempts());
        assertThat(store.open()).isZero();
        // given up, the row stays for inspection with its error, until it is purged
        assertThat(store.givenUpWith(stored.id())).hasValueSatisfying(e -> assertThat(e).contains("database away"));
        assertThat(store.purgeGivenUp(Duration.ofDays(1))).isZero();
        assertThat(store.purgeGivenUp(Duration.ZERO)).isEqualTo(1);
        assertThat(store.givenUpWith(stored.id())).isEmpty();
    }

    @Test
    void a_processed_row_is_deleted_and_a_burst_of_them_goes_in_one_statement() throws Exception {
        var inbox = instance().handle(InboxKind.SLACK_ACTION, counting());
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 50; i++) {
            var stored = inbox.store(InboxKind.SLACK_ACTION, HEADERS, body(i));
            ids.add(stored.id());
            inbox.process(stored);
        }
        ids.forEach(id -> assertThat(runs.get(id)).hasValue(1));
        for (var id : ids) awaitDone(id);
        // nothing is left of processed rows: the table holds only work in flight and work given up
        assertThat(store.open()).isZero();
        assertThat(store.givenUpWith(ids.getFirst())).isEmpty();
        assertThat(TestDatabase.count("select count(*) from inbox")).isZero();
    }

    @Test
    void requests_stored_at_once_from_many_threads_each_get_the_id_of_their_own_row() throws Exception {
        var dead = instance();
        var stored = new ConcurrentHashMap<Long, String>();
        var go = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(32)) {
            var futures = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                futures.add(threads.submit(() -> {
                    go.await();
                    var request = dead.store(InboxKind.SLACK_ACTION, HEADERS, body(n));
                    stored.put(request.id(), request.text());
                    return null;
                }));
            }
            go.countDown();
            for (var f : futures) f.get(20, TimeUnit.SECONDS);
        }
        var replayed = new ConcurrentHashMap<Long, String>();
        var survivor = instance().handle(InboxKind.SLACK_ACTION, request -> {
            replayed.put(request.id(), request.text());
            return Inbox.finished();
        });
        Thread.sleep(SHORT_LEASE.lease().toMillis() + 200);

        while (survivor.recover() > 0) {
            // take them all over
        }

        assertThat(stored).hasSize(200);
        assertThat(replayed).isEqualTo(stored);
    }

    @Test
    void close_returns_only_after_a_lease_renewal_in_progress_so_the_database_can_be_closed_behind_it() throws Exception {
        var inbox = instance();
        var stored = inbox.store(InboxKind.SLACK_ACTION, HEADERS, body(1));
        try (var blocker = database.dataSource().getConnection()) {
            // the row is locked elsewhere, so the ticker's renewal of it waits in the database
            blocker.setAutoCommit(false);
            try (var lock = blocker.prepareStatement("select id from inbox where id = ? for update")) {
                lock.setLong(1, stored.id());
                lock.executeQuery().close();
            }
            inbox.start();
            var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (waitingRenewals() == 0 && System.nanoTime() < deadline) Thread.sleep(10);
            assertThat(waitingRenewals()).isEqualTo(1);

            var closing = CompletableFuture.runAsync(inbox::close);
            try {
                closing.get(2, TimeUnit.SECONDS);
            } catch (TimeoutException stillClosing) {
                // waiting for the renewal, as it should
            }
            var closedWhileRenewing = closing.isDone() && waitingRenewals() > 0;
            blocker.rollback();
            closing.get(20, TimeUnit.SECONDS);

            assertThat(closedWhileRenewing).as("close() returned while the inbox still used the database").isFalse();
        }
    }

    private static long waitingRenewals() {
        return TestDatabase.count("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and query ilike 'update%inbox%'");
    }
}
