package dev.gatehouse.engine;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.pipeline.Backlog;
import dev.gatehouse.engine.pipeline.Pipeline;
import dev.gatehouse.engine.pipeline.SignalIngest;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.store.Stores;

import java.util.List;
import java.util.Optional;

/** Signals coming in: stored (deduplicated, audited) and handed to the pipeline through a durable job. */
public final class Signals {
    private final Stores stores;
    private final SignalIngest ingest;
    private final Backlog backlog;

    Signals(Stores stores, SignalIngest ingest, Backlog backlog) {
        this.stores = stores;
        this.ingest = ingest;
        this.backlog = backlog;
    }

    /** Stores new signals (creating unknown accounts) and queues each for the pipeline; {@code actor} is audited. */
    public SignalIngest.Result ingest(List<SignalInput> inputs, String actor) {
        return ingest.ingest(inputs, actor);
    }

    /**
     * Runs the pipeline on one stored signal now, on the caller's thread (the demo; the job does it
     * otherwise): the account is re-scored, and drafted for while today's budget has room.
     */
    public Pipeline.Outcome process(long signalId) {
        return backlog.onSignal(signalId);
    }

    /** The account a stored signal is about. */
    public Optional<Account> account(long signalId) {
        return stores.signals().byId(signalId).flatMap(s -> stores.accounts().account(s.accountId()));
    }
}
