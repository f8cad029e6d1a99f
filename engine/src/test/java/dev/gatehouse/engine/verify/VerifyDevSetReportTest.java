package dev.gatehouse.engine.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Prints how the verifier does on the shared dev set when that file is present (path from the
 * {@code verify.dev} system property). Asserts nothing about it: it is a measurement.
 */
class VerifyDevSetReportTest {
    @Test
    void reports_caught_and_false_blocks_on_the_dev_set() throws Exception {
        var path = Path.of(System.getProperty("verify.dev", "/work/shared/eval/verify-dev.jsonl"));
        assumeTrue(Files.isReadable(path), "dev set not present");
        var lines = Files.readAllLines(path).stream().filter(l -> !l.isBlank()).toList();
        var out = new StringWriter();
        new VerifyJsonl(new Verifier()).run(new StringReader(String.join("\n", lines)), out);
        var answers = out.toString().split("\n");
        var json = new ObjectMapper();
        int blocks = 0, caught = 0, passes = 0, falseBlocks = 0;
        for (int i = 0; i < lines.size(); i++) {
            var expected = json.readTree(lines.get(i)).path("expected").asText();
            var verdict = json.readTree(answers[i]).path("verdict").asText();
            if (expected.equals("block")) {
                blocks++;
                if (verdict.equals("block")) caught++;
            } else {
                passes++;
                if (verdict.equals("block")) falseBlocks++;
            }
            if (!expected.equals(verdict)) System.out.println("disagrees: " + answers[i]);
        }
        System.out.printf("verify dev set: caught %d/%d, false blocks %d/%d%n", caught, blocks, falseBlocks, passes);
    }
}
