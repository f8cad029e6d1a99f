package dev.gatehouse.engine.store;

import dev.gatehouse.engine.outcomes.Experiment;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static dev.gatehouse.engine.store.db.Tables.EXPERIMENTS;
import static dev.gatehouse.engine.store.db.Tables.EXPERIMENT_ARMS;

/** The gate experiment and each account's permanent arm: {@code experiments}, {@code experiment_arms}. */
public final class ExperimentStore {
    private final DSLContext dsl;

    ExperimentStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Experiment> running() {
        return dsl.selectFrom(EXPERIMENTS).where(EXPERIMENTS.STOPPED_AT.isNull()).orderBy(EXPERIMENTS.ID.desc()).limit(1)
                .fetchOptional(ExperimentStore::experiment);
    }

    /** The latest experiment, running or stopped. */
    public Optional<Experiment> latest() {
        return dsl.selectFrom(EXPERIMENTS).orderBy(EXPERIMENTS.ID.desc()).limit(1).fetchOptional(ExperimentStore::experiment);
    }

    public Experiment start(int gateOffPercent, String actor, Instant at) {
        return dsl.insertInto(EXPERIMENTS).set(EXPERIMENTS.NAME, "gate").set(EXPERIMENTS.GATE_OFF_PERCENT, gateOffPercent)
                .set(EXPERIMENTS.STARTED_BY, actor).set(EXPERIMENTS.STARTED_AT, at.atOffset(ZoneOffset.UTC))
                .returning().fetchOne().map(r -> experiment(r.into(EXPERIMENTS)));
    }

    /** Stops the running experiment, once; empty when none was running. */
    public Optional<Experiment> stop(String actor, Instant at) {
        return dsl.update(EXPERIMENTS).set(EXPERIMENTS.STOPPED_BY, actor).set(EXPERIMENTS.STOPPED_AT, at.atOffset(ZoneOffset.UTC))
                .where(EXPERIMENTS.STOPPED_AT.isNull()).returning().fetchOptional().map(ExperimentStore::experiment);
    }

    public Optional<String> arm(long accountId) {
        return dsl.select(EXPERIMENT_ARMS.ARM).from(EXPERIMENT_ARMS).where(EXPERIMENT_ARMS.ACCOUNT_ID.eq(accountId))
                .fetchOptional(EXPERIMENT_ARMS.ARM);
    }

    /** Stores the account's arm unless it has one already (the first assignment is for good); true if stored now. */
    public boolean assign(long accountId, long experimentId, String arm, Instant at) {
        return dsl.insertInto(EXPERIMENT_ARMS).set(EXPERIMENT_ARMS.ACCOUNT_ID, accountId)
                .set(EXPERIMENT_ARMS.EXPERIMENT_ID, experimentId).set(EXPERIMENT_ARMS.ARM, arm)
                .set(EXPERIMENT_ARMS.ASSIGNED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(EXPERIMENT_ARMS.ACCOUNT_ID).doNothing().execute() == 1;
    }

    private static Experiment experiment(dev.gatehouse.engine.store.db.tables.records.ExperimentsRecord r) {
        return new Experiment(r.getId(), r.getGateOffPercent(), r.getStartedBy(), r.getStartedAt().toInstant(),
                r.getStoppedBy(), r.getStoppedAt() == null ? null : r.getStoppedAt().toInstant());
    }
}
