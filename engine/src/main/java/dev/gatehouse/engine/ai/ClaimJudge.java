package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.verify.Problem;
import dev.gatehouse.engine.writing.Draft;

import java.util.List;

/**
 * A second opinion on a draft's claims. It can only ADD problems to the rule-based verifier's
 * result, never clear one; when it cannot answer it returns no problems.
 */
@FunctionalInterface
public interface ClaimJudge {
    List<Problem> judge(Draft draft, String groundsText);

    ClaimJudge NONE = (draft, grounds) -> List.of();
}
