package dev.gatehouse.engine.sending;

import dev.gatehouse.engine.delivery.MessageIds;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.store.Fixtures;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import dev.gatehouse.engine.store.TouchStore;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.TouchKind;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Approved touches with their outbox rows, and rows left half-sent by an instance that died. */
final class OutboxRows {
    static final String DEAD_OWNER = "send-dead-instance";

    private final Stores stores;
    private final Fixtures.Seeded seeded;

    OutboxRows(Stores stores) {
        this.stores = stores;
        this.seeded = new Fixtures(stores).pendingTouch();
    }

    /** The seeded touch approved, and its email queued for {@code at}; returns the outbox row id. */
    long approved(Instant at) {
        return approve(seeded.touchId(), at);
    }

    long seededTouchId() {
        return seeded.touchId();
    }

    /** Another first email to the same contact, waiting for review; returns the touch id. */
    long anotherPending() {
        var draft = new Draft("Month-end at Northwind", "Hi Dana,\n\nA question about your close.\n\nAri",
                List.of(seeded.signalId()), "offline", null);
        return stores.touches().create(new TouchStore.NewTouch(seeded.accountId(), seeded.contactId(),
                TouchKind.FIRST_EMAIL, 0, null, draft, new Verification.Passed(), TouchStatus.PENDING_REVIEW));
    }

    /** Another first email to the same contact, approved and queued for {@code at}. */
    long anotherApproved(Instant at) {
        return approve(anotherPending(), at);
    }

    private long approve(long touchId, Instant at) {
        stores.touches().transition(touchId, TouchStatus.PENDING_REVIEW, TouchStatus.APPROVED, "U0REP");
        var touch = stores.touches().find(touchId).orElseThrow();
        return stores.outbox().enqueue(touchId, MessageIds.random("gatehouse.example"),
                "Ari Lund <" + EngineOnGreenMail.SENDER + ">", "dana@northwind.example", "Dana Reyes", touch.draft().subject(),
                touch.draft().body(), null, at).orElseThrow();
    }

    /** Claimed for sending by an instance that then died: its lease ran out a moment ago. */
    void cutOff(long outboxId, Instant now) {
        stores.outbox().claim(outboxId, now, DEAD_OWNER, Duration.ofMinutes(1)).orElseThrow();
        leaseRanOut(outboxId);
    }

    static void leaseRanOut(long outboxId) {
        TestDatabase.execute("update outbox set lease_until = now() - interval '1 second' where id = ?", outboxId);
    }

    long touchId(long outboxId) {
        return stores.outbox().byId(outboxId).orElseThrow().touchId();
    }
}
