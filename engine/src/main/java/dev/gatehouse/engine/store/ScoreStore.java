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

    public ScoreStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void save(Score score) {
        var breakdown = Json.json(score.reasons());
        dsl.insertInto(SCORES)
                .set(SCORES.ACCOUNT_ID, score.accountId())
                .set(SCORES.ICP_VERSION, score.icpVersion())
                .set(SCORES.SCORE, score.total())
                .set(SCORES.FIT_POINTS, score.fit())
                .set(SCORES.SIGNAL_POINTS, score.signal())
                .set(SCORES.SEMANTIC_POINTS, score.semantic())
                .set(SCORES.BREAKDOWN, breakdown)
                .onConflict(SCORES.ACCOUNT_ID).doUpdate()
                .set(SCORES.ICP_VERSION, score.icpVersion())
                .set(SCORES.SCORE, score.total())
                .set(SCORES.FIT_POINTS, score.fit())
                .set(SCORES.SIGNAL_POINTS, score.signal())
                .set(SCORES.SEMANTIC_POINTS, score.semantic())
                .set(SCORES.BREAKDOWN, breakdown)
                .set(SCORES.COMPUTED_AT, OffsetDateTime.now())
                .execute();
    }

    public Optional<Score> find(long accountId) {
        return dsl.selectFrom(SCORES).where(SCORES.ACCOUNT_ID.eq(accountId)).fetchOptional()
                .map(r -> new Score(r.getAccountId(), r.getIcpVersion(), r.getScore(), r.getFitPoints(),
                        r.getSignalPoints(), r.getSemanticPoints(),
                        List.copyOf(Arrays.asList(Json.read(r.getBreakdown(), Score.Reason[].class)))));
    }
}
