package dev.gatehouse.engine.pipeline;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.ProspectEvent;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.store.Stores;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Stores incoming signals (creating the account if it is new, deduplicating by key) and hands
 * each new one to the pipeline through a durable job.
 */
public final class SignalIngest {
    private final Stores stores;
    private final LongConsumer onNewSignal;

    public SignalIngest(Stores stores, LongConsumer onNewSignal) {
        this.stores = stores;
        this.onNewSignal = onNewSignal;
    }

    public record Result(List<Long> created, int duplicates) {
    }

    public Result ingest(List<SignalInput> inputs, String actor) {
        var created = new ArrayList<Long>();
        int duplicates = 0;
        for (var input : inputs) {
            var id = stores.inTransaction(s -> {
                var accountId = s.accounts().byDomain(input.accountDomain()).map(Account::id).orElseGet(() ->
                        s.accounts().upsert(new Account(0, input.accountDomain(),
                                input.accountName() == null ? input.accountDomain() : input.accountName(),
                                null, null, null, null, List.of(), null, null)));
                Long contactId = input.contactEmail() == null ? null
                        : s.accounts().contactByEmail(input.contactEmail()).map(c -> c.id()).orElse(null);
                var signal = new Signal(0, accountId, contactId, input.kind(), input.summary(), input.sourceUrl(),
                        input.observedAt());
                var stored = s.signals().insert(signal, input.dedupeKey());
                stored.ifPresent(signalId -> s.audit().append(new ProspectEvent.SignalIngested(Actor.fromWire(actor), signalId,
                        input.kind(), input.accountDomain())));
                return stored;
            });
            if (id.isPresent()) {
                created.add(id.get());
                onNewSignal.accept(id.get());
            } else {
                duplicates++;
            }
        }
        return new Result(created, duplicates);
    }
}
