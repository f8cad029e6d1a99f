package dev.gatehouse.engine.replies;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Prints accuracy, macro-F1 and confusion on the shared dev set; asserts nothing, skips without it. */
class DevSetReportTest {

    private static final Path DEV = Path.of(System.getProperty("triage.dev", "/work/shared/eval/replies-dev.jsonl"));

    @Test
    void prints_dev_set_metrics() {
        assumeTrue(Files.isReadable(DEV), "dev set not present");

        var cases = new TriageEvaluation(SharedTriage.offline(), LocalDate.now()).run(DEV);

        TriageEvaluation.print(cases, System.out);
    }
}
