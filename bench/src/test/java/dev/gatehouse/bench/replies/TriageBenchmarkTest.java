package dev.gatehouse.bench.replies;

import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.replies.ReplyTriage;
import dev.gatehouse.engine.replies.TriageResult;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TriageBenchmarkTest {

    @Test
    void reports_mean_p50_and_p99_for_triage_and_baseline() {
        ReplyTriage quick = reply -> TriageResult.of(ReplyLabel.QUESTION, 0.5, "fake");
        var bytes = new ByteArrayOutputStream();

        new TriageBenchmark(quick, quick, TriageBenchmark.replies(120)).run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        var report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("replies=120").contains("baseline  mean=").contains("triage    mean=").contains("p99=");
    }

    @Test
    void generated_replies_are_distinct() {
        var replies = TriageBenchmark.replies(300);

        assertThat(replies.stream().map(r -> r.subject() + r.body()).distinct()).hasSize(300);
    }
}
