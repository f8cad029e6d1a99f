package dev.gatehouse.engine.store;

import dev.gatehouse.engine.outcomes.AccountOutcome;
import dev.gatehouse.engine.outcomes.Stage;
import dev.gatehouse.engine.store.db.tables.records.AccountOutcomesRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.gatehouse.engine.store.db.Tables.ACCOUNT_OUTCOMES;

/** Accounts' outcomes after the meeting, one row per version: {@code account_outcomes}. */
public final class OutcomeStore {
    private final DSLContext dsl;

    OutcomeStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<AccountOutcome> latest(long accountId) {
        return dsl.selectFrom(ACCOUNT_OUTCOMES).where(ACCOUNT_OUTCOMES.ACCOUNT_ID.eq(accountId))
                .orderBy(ACCOUNT_OUTCOMES.VERSION.desc()).limit(1).fetchOptional(OutcomeStore::outcome);
    }

    public List<AccountOutcome> history(long accountId) {
        return dsl.selectFrom(ACCOUNT_OUTCOMES).where(ACCOUNT_OUTCOMES.ACCOUNT_ID.eq(accountId))
                .orderBy(ACCOUNT_OUTCOMES.VERSION).fetch(OutcomeStore::outcome);
    }

    /** Serialises outcome changes of one account until the transaction ends (so a based-on version check holds). */
    public void lock(long accountId) {
        dsl.fetch("select pg_advisory_xact_lock(hashtext(?))", "outcome:" + accountId);
    }

    /**
     * Appends the next version; the unique (account, version) key makes two concurrent writers
     * collide instead of both claiming the same version (run it in a transaction and retry).
     */
    public AccountOutcome append(long accountId, Stage stage, BigDecimal amount, String note, String source,
                                 String actor, Long meetingId, Instant at) {
        var next = dsl.select(DSL.coalesce(DSL.max(ACCOUNT_OUTCOMES.VERSION), 0)).from(ACCOUNT_OUTCOMES)
                .where(ACCOUNT_OUTCOMES.ACCOUNT_ID.eq(accountId)).fetchOne().value1() + 1;
        var row = dsl.insertInto(ACCOUNT_OUTCOMES)
                .set(ACCOUNT_OUTCOMES.ACCOUNT_ID, accountId)
                .set(ACCOUNT_OUTCOMES.VERSION, next)
                .set(ACCOUNT_OUTCOMES.STAGE, stage.wire())
                .set(ACCOUNT_OUTCOMES.AMOUNT, amount)
                .set(ACCOUNT_OUTCOMES.NOTE, note)
                .set(ACCOUNT_OUTCOMES.SOURCE, source)
                .set(ACCOUNT_OUTCOMES.ACTOR, actor)
                .set(ACCOUNT_OUTCOMES.MEETING_ID, meetingId)
                .set(ACCOUNT_OUTCOMES.CREATED_AT, at.atOffset(java.time.ZoneOffset.UTC))
                .returning().fetchOne();
        return outcome(row);
    }

    private static AccountOutcome outcome(AccountOutcomesRecord r) {
        return new AccountOutcome(r.getAccountId(), r.getVersion(), Stage.fromWire(r.getStage()).orElseThrow(),
                r.getAmount(), r.getNote(), r.getSource(), r.getActor(), r.getMeetingId(), r.getCreatedAt().toInstant());
    }
}
