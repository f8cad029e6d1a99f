package dev.gatehouse.engine.store;

import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.store.db.tables.records.SignalsRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static dev.gatehouse.engine.store.db.Tables.SIGNALS;

/** Signals, deduplicated by key: the same signal delivered twice is stored once. */
public final class SignalStore {
    private final DSLContext dsl;

    SignalStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the signal unless its dedupe key is known; returns the new id, or empty for a duplicate. */
    public Optional<Long> insert(Signal signal, String dedupeKey) {
        return dsl.insertInto(SIGNALS)
                .set(SIGNALS.ACCOUNT_ID, signal.accountId())
                .set(SIGNALS.CONTACT_ID, signal.contactId())
                .set(SIGNALS.KIND, signal.kind().wire())
                .set(SIGNALS.SUMMARY, signal.summary())
                .set(SIGNALS.SOURCE_URL, signal.sourceUrl())
                .set(SIGNALS.OBSERVED_AT, signal.observedAt().atOffset(ZoneOffset.UTC))
                .set(SIGNALS.DEDUPE_KEY, dedupeKey)
                .onConflict(SIGNALS.DEDUPE_KEY).doNothing()
                .returning(SIGNALS.ID)
                .fetchOptional(SIGNALS.ID);
    }

    public List<Signal> forAccount(long accountId) {
        return dsl.selectFrom(SIGNALS).where(SIGNALS.ACCOUNT_ID.eq(accountId))
                .orderBy(SIGNALS.OBSERVED_AT.desc(), SIGNALS.ID.desc()).fetch(SignalStore::toSignal);
    }

    public List<Signal> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return dsl.selectFrom(SIGNALS).where(SIGNALS.ID.in(ids))
                .orderBy(SIGNALS.OBSERVED_AT.desc(), SIGNALS.ID.desc()).fetch(SignalStore::toSignal);
    }

    /** Each account's newest signal (by observation time), for the accounts given; one query. */
    public List<Long> newestPerAccount(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) return List.of();
        return dsl.selectDistinct(SIGNALS.ACCOUNT_ID, SIGNALS.ID).on(SIGNALS.ACCOUNT_ID).from(SIGNALS)
                .where(SIGNALS.ACCOUNT_ID.eq(DSL.any(accountIds.toArray(Long[]::new))))
                .orderBy(SIGNALS.ACCOUNT_ID, SIGNALS.OBSERVED_AT.desc(), SIGNALS.ID.desc())
                .fetch(SIGNALS.ID);
    }

    public Optional<Signal> byId(long id) {
        return dsl.selectFrom(SIGNALS).where(SIGNALS.ID.eq(id)).fetchOptional().map(SignalStore::toSignal);
    }

    public int count() {
        return dsl.fetchCount(SIGNALS);
    }

    static Signal toSignal(SignalsRecord r) {
        return new Signal(r.getId(), r.getAccountId(), r.getContactId(),
                SignalKind.fromWire(r.getKind()).orElseThrow(), r.getSummary(), r.getSourceUrl(),
                r.getObservedAt().toInstant());
    }
}
