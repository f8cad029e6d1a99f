package dev.gatehouse.engine.verify;

import java.util.List;

/** One kind of unsupported claim the verifier looks for, one sentence at a time. */
interface Check {
    void check(Sentence sentence, Evidence evidence, List<Problem> problems);
}
