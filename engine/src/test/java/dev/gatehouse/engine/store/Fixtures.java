package dev.gatehouse.engine.store;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Small, readable test data written straight into a real database. */
public final class Fixtures {
    private final Stores stores;

    public Fixtures(Stores stores) {
        this.stores = stores;
    }

    public record Seeded(long accountId, long contactId, long signalId, long touchId) {
    }

    /** An account with one contact, one funding signal and a touch waiting for review. */
    public Seeded pendingTouch() {
        var accountId = stores.accounts().upsert(new Account(0, "northwind.example", "Northwind Freight", "logistics",
                240, "EMEA", "DE", List.of("snowflake"), "Freight forwarding for mid-size shippers", "U0REP"));
        var contactId = stores.accounts().upsert(new Contact(0, accountId, "dana@northwind.example", "Dana", "Keller",
                "VP Finance", "vp", ZoneId.of("Europe/Berlin"), null));
        var signalId = stores.signals().insert(new Signal(0, accountId, contactId, SignalKind.FUNDING,
                "Northwind Freight raised a $20M Series B led by Harbor Ventures", "https://news.example.com/northwind",
                Instant.parse("2026-11-10T08:00:00Z")), "test:northwind-b").orElseThrow();
        var draft = new Draft("Northwind's Series B", "Hi Dana,\n\nCongrats on the $20M Series B.\n\nAri",
                List.of(signalId), "offline", null);
        var touchId = stores.touches().create(new TouchStore.NewTouch(accountId, contactId, TouchKind.FIRST_EMAIL, 0,
                null, draft, new Verification.Passed(), TouchStatus.PENDING_REVIEW));
        return new Seeded(accountId, contactId, signalId, touchId);
    }
}
