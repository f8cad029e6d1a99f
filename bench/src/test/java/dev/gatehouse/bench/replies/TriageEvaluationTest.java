package dev.gatehouse.bench.replies;

import dev.gatehouse.engine.replies.ReplyLabel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriageEvaluationTest {

    private static TriageEvaluation.Case c(ReplyLabel expected, ReplyLabel predicted, ReplyLabel... accepted) {
        return new TriageEvaluation.Case("id", expected, Set.of(accepted), predicted);
    }

    @Test
    void accepted_alternative_counts_as_right() {
        var cases = List.of(c(ReplyLabel.ESCALATION, ReplyLabel.QUESTION, ReplyLabel.QUESTION));

        assertThat(TriageEvaluation.accuracy(cases)).isEqualTo(1.0);
    }

    @Test
    void macro_f1_averages_per_label_scores() {
        var cases = List.of(
                c(ReplyLabel.QUESTION, ReplyLabel.QUESTION),
                c(ReplyLabel.QUESTION, ReplyLabel.OBJECTION),
                c(ReplyLabel.OBJECTION, ReplyLabel.OBJECTION));

        // question: tp1 fn1 -> 2/3; objection: tp1 fp1 -> 2/3
        assertThat(TriageEvaluation.macroF1(cases)).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    }
}
