package dev.gatehouse.bench.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class VerifierEvaluationTest {
    private static final String CONTEXT = "\"offer\": {\"product\": \"Gridly\", \"value_prop\": \"Gridly balances warehouse shifts.\", "
            + "\"proof_points\": [\"Orchard Foods cut idle hours by 20% in 10 weeks\"], \"customers\": [\"Orchard Foods\", \"Basalt Tools\"]}, "
            + "\"signals\": [{\"id\": \"s1\", \"kind\": \"funding\", \"summary\": \"Wren Mills raised €9M in a Series A\"}]";

    private static String line(String id, String kind, String body, String expected) {
        return "{\"id\": \"" + id + "\", \"kind\": \"" + kind + "\", " + CONTEXT + ", \"draft\": {\"subject\": \"Shifts\", \"body\": \"Hi Ana,\\n\\n"
                + body + "\\n\\nEli\"}, \"expected\": \"" + expected + "\"}";
    }

    @Test
    void counts_per_kind_what_was_blocked_and_what_should_have_passed(@TempDir Path dir) throws Exception {
        var set = dir.resolve("verify-mine.jsonl");
        Files.writeString(set, String.join("\n",
                line("b1", "currency", "Congrats on the $9M Series A.", "block"),
                line("b2", "customer", "Basalt Tools cut idle hours by 20% in 10 weeks.", "block"),
                line("p1", "paraphrase", "Congrats on the 9 million euro Series A.", "pass"),
                line("p2", "paraphrase", "Orchard Foods cut idle hours by a fifth in ten weeks.", "pass")) + "\n");
        var bytes = new ByteArrayOutputStream();

        var result = new VerifierEvaluation().run(set, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        var printed = bytes.toString(StandardCharsets.UTF_8);
        System.out.print(printed);
        assertThat(result.total()).isEqualTo(new VerifierEvaluation.Tally(2, 2, 2, 0));
        assertThat(result.kinds()).containsOnlyKeys("currency", "customer", "paraphrase");
        assertThat(printed).contains("caught 2/2 unsupported or wrongly bound drafts, false blocks 0/2 grounded drafts")
                .containsPattern("verify per draft: mean \\d+\\.\\d+ ms, p99 \\d+\\.\\d+ ms");
        assertThat(VerifierEvaluation.sets(dir)).containsExactly(set);
    }
}
