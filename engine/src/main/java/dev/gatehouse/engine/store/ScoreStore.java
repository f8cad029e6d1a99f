package dev.gatehouse.engine.store;

import dev.gatehouse.engine.scoring.Score;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.gatehouse.engine.store.db.Tables.SCORES;

/** The latest score of each account, with its breakdown. */
public final class ScoreStore {
    private final DSLContext dsl;

    ScoreStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void save(Score score) {
        var values = new java.util.LinkedHashMap<org.jooq.Field<?>, Object>();
        values.put(SCORES.ICP_VERSION, score.icpVersion());
        values.put(SCORES.SCORE, score.total());
        values.put(SCORES.FIT_POINTS, score.fit());
        values.put(SCORES.SIGNAL_POINTS, score.signal());
        values.put(SCORES.SEMANTIC_POINTS, score.semantic());
        values.put(SCORES.BREAKDOWN, Json.json(score.reasons()));
        // a score is derived data that any re-score rebuilds, so its commit need not wait for the disk
        dsl.transaction(tx -> {
            tx.dsl().execute("set local synchronous_commit to off");
            tx.dsl().insertInto(SCORES).set(SCORES.ACCOUNT_ID, score.accountId()).set(values)
                    .onConflict(SCORES.ACCOUNT_ID).doUpdate().set(values).set(SCORES.COMPUTED_AT, OffsetDateTime.now())
                    .execute();
        });
    }

    public Optional<Score> find(long accountId) {
        return dsl.selectFrom(SCORES).where(SCORES.ACCOUNT_ID.eq(accountId)).fetchOptional()
                .map(r -> new Score(r.getAccountId(), r.getIcpVersion(), r.getScore(), r.getFitPoints(),
                        r.getSignalPoints(), r.getSemanticPoints(),
                        List.copyOf(Arrays.asList(Json.read(r.getBreakdown(), Score.Reason[].class)))));
    }
}
