package dev.gatehouse.engine.pipeline;

import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.store.Fixtures;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import dev.gatehouse.engine.store.TouchStore;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.TouchKind;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a new draft is compared with: today's sends, queued emails and drafts awaiting review, not yesterday's. */
class SentTodayTest {
    private final Stores stores = TestDatabase.freshStores();
    private final Fixtures.Seeded seeded = new Fixtures(stores).pendingTouch();
    /** Midday, so "today" in UTC is the same day as the database's now(), which stamps new drafts. */
    private final Instant noon = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(12));

    /** A paragraph long enough to be compared, sharing no wording with another topic's. */
    private static String body(String topic) {
        return "Hi Dana,\n\n" + (topic + ", ").repeat(4) + "\n\nAri";
    }

    private long approved(String topic) {
        var draft = new Draft("Subject", body(topic), List.of(), "offline", null);
        return stores.touches().create(new TouchStore.NewTouch(seeded.accountId(), seeded.contactId(),
                TouchKind.FIRST_EMAIL, 0, null, draft, new Verification.Passed(), TouchStatus.APPROVED));
    }

    private void queue(String topic, Instant notBefore) {
        stores.outbox().enqueue(approved(topic), "<" + topic.replace(' ', '-') + "@gatehouse.example>",
                "ari@gatehouse.example", "dana@northwind.example", "Dana Keller", "Subject", body(topic), null, notBefore);
    }

    @Test
    void todays_sent_and_queued_emails_and_waiting_drafts_count_and_yesterdays_and_cancelled_do_not() {
        queue("yesterday's send", noon.minus(Duration.ofDays(1)));
        queue("this morning's send", noon.minus(Duration.ofHours(3)));
        queue("this afternoon's queued email", noon.plus(Duration.ofHours(3)));
        queue("an email taken back", noon.plus(Duration.ofHours(1)));
        stores.outbox().cancelPending(stores.touches().forContact(seeded.contactId()).getLast().id());
        stores.touches().replaceText(seeded.touchId(), "Subject", body("a draft waiting for review"),
                new Verification.Passed());

        var sentToday = new SentToday(stores, ZoneOffset.UTC, Clock.fixed(noon, ZoneOffset.UTC)).get();

        assertThat(sentToday.repeated(body("this morning's send"))).isPresent();
        assertThat(sentToday.repeated(body("this afternoon's queued email"))).isPresent();
        assertThat(sentToday.repeated(body("a draft waiting for review"))).isPresent();
        assertThat(sentToday.repeated(body("yesterday's send"))).isEmpty();
        assertThat(sentToday.repeated(body("an email taken back"))).isEmpty();
    }
}
