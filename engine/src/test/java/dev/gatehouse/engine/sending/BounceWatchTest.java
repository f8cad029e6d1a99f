package dev.gatehouse.engine.sending;

import java.util.Optional;
import dev.gatehouse.engine.gate.ReviewMessage;
import dev.gatehouse.engine.delivery.MailboxState;
import dev.gatehouse.engine.delivery.BounceCircuitBreaker;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.store.PlaybookStore;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class BounceWatchTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final String MAILBOX = "ana@gatehouse.test";

    private Stores stores;
    private final List<String> alerts = new CopyOnWriteArrayList<>();
    private List<MailboxState.RecentSend> sends = List.of();
    private BounceWatch watch;

    @BeforeEach
    void setUp() {
        stores = TestDatabase.freshStores();
        var notifier = new ReviewNotifier() {
            public Optional<ReviewMessage> reviewReady(ReviewItem item) {
                return Optional.empty();
            }

            public Optional<ReviewMessage> reviewUpdated(ReviewItem item) {
                return Optional.empty();
            }

            @Override
            public void exception(String ownerSlackId, String summary) {
                alerts.add(summary);
            }
        };
        watch = new BounceWatch(stores, new BounceCircuitBreaker(50, 3, 0.05),
                now -> new MailboxState(MAILBOX, 0, null, sends, stores.playbook().bounceBreakerResetAt().orElse(null)),
                notifier, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** {@code count} sends an hour apart ending an hour ago; the first {@code bounced} of them hard-bounced. */
    private static List<MailboxState.RecentSend> sends(int count, int bounced) {
        var out = new ArrayList<MailboxState.RecentSend>();
        for (int i = 0; i < count; i++) out.add(new MailboxState.RecentSend(NOW.minusSeconds(3600L * (count - i)), i < bounced));
        return out;
    }

    @Test
    void a_tripped_breaker_pauses_sending_audits_it_and_tells_a_person_once() {
        sends = sends(40, 3);

        assertThat(watch.run()).isTrue();
        assertThat(watch.run()).isFalse();

        assertThat(stores.playbook().sendingPaused()).isTrue();
        assertThat(stores.playbook().sendingPausedBy()).contains(PlaybookStore.GATEHOUSE);
        assertThat(stores.audit().forSubject("app_setting", "sending_paused")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(PlaybookStore.GATEHOUSE);
            assertThat(e.detail()).contains("3 hard bounces");
        });
        assertThat(alerts).singleElement().asString().contains("Sending is paused").contains(MAILBOX).contains("/resume");
    }

    @Test
    void a_healthy_mailbox_is_left_alone() {
        sends = sends(40, 2);

        assertThat(watch.run()).isFalse();

        assertThat(stores.playbook().sendingPaused()).isFalse();
        assertThat(alerts).isEmpty();
    }

    @Test
    void after_a_reset_earlier_bounces_no_longer_trip_it() {
        sends = sends(40, 3);
        stores.playbook().resetBounceBreaker(NOW.minusSeconds(60), "U0MGR");

        assertThat(watch.run()).isFalse();

        assertThat(stores.playbook().bounceBreakerResetAt()).contains(NOW.minusSeconds(60));
        assertThat(stores.playbook().sendingPaused()).isFalse();
    }

    @Test
    void a_manual_pause_is_not_overridden_or_reported() {
        sends = sends(40, 3);
        stores.playbook().setSendingPaused(true, "U0MGR");

        assertThat(watch.run()).isFalse();

        assertThat(stores.playbook().sendingPausedBy()).contains("U0MGR");
        assertThat(alerts).isEmpty();
    }
}
