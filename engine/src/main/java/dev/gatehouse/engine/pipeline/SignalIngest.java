package dev.gatehouse.engine.pipeline;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.ProspectEvent;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Stores incoming signals (creating the account if it is new, deduplicating by key) and hands
 * each new one to the pipeline through a durable job. An account created here knows only its
 * domain (and a name): it waits for its company data, and the result says so.
 */
public final class SignalIngest {
    private static final Logger log = LoggerFactory.getLogger(SignalIngest.class);

    private final Stores stores;
    private final LongConsumer onNewSignal;

    public SignalIngest(Stores stores, LongConsumer onNewSignal) {
        this.stores = stores;
        this.onNewSignal = onNewSignal;
    }

    /**
     * The new signal ids, how many were already known, and the accounts these signals are for
     * that have no company data (created now, or earlier and still waiting).
     */
    public record Result(List<Long> created, int duplicates, List<Waiting> waiting) {
        public Result {
            created = List.copyOf(created);
            waiting = List.copyOf(waiting);
        }
    }

    /** An account that is not scored until its company data is added ({@link Account#HOW_TO_ADD_COMPANY_DATA}). */
    public record Waiting(String domain, boolean createdNow) {
    }

    private record Stored(Optional<Long> signalId, Account account, boolean accountCreated) {
    }

    public Result ingest(List<SignalInput> inputs, String actor) {
        var created = new ArrayList<Long>();
        var waiting = new LinkedHashMap<String, Boolean>();
        int duplicates = 0;
        for (var input : inputs) {
            var stored = stores.inTransaction(s -> store(s, input, actor));
            if (stored.accountCreated()) {
                log.info("Account {} was created by a signal and has no company data: it is not scored until it has; {}",
                        stored.account().domain(), Account.HOW_TO_ADD_COMPANY_DATA);
            }
            if (!stored.account().hasCompanyData()) waiting.merge(stored.account().domain(), stored.accountCreated(), Boolean::logicalOr);
            if (stored.signalId().isPresent()) {
                created.add(stored.signalId().get());
                onNewSignal.accept(stored.signalId().get());
            } else {
                duplicates++;
            }
        }
        return new Result(created, duplicates, waiting.entrySet().stream().map(e -> new Waiting(e.getKey(), e.getValue())).toList());
    }

    private static Stored store(Stores s, SignalInput input, String actor) {
        var existing = s.accounts().byDomain(input.accountDomain());
        var account = existing.orElseGet(() -> {
            var fresh = new Account(0, input.accountDomain(), input.accountName() == null ? input.accountDomain() : input.accountName(),
                    null, null, null, null, List.of(), null, null);
            return s.accounts().account(s.accounts().upsert(fresh)).orElseThrow();
        });
        Long contactId = input.contactEmail() == null ? null
                : s.accounts().contactByEmail(input.contactEmail()).map(c -> c.id()).orElse(null);
        var signal = new Signal(0, account.id(), contactId, input.kind(), input.summary(), input.sourceUrl(), input.observedAt());
        var signalId = s.signals().insert(signal, input.dedupeKey());
        signalId.ifPresent(id -> s.audit().append(new ProspectEvent.SignalIngested(Actor.fromWire(actor), id,
                input.kind(), input.accountDomain())));
        return new Stored(signalId, account, existing.isEmpty());
    }
}
