package dev.gatehouse.engine.replies;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExemplarTest {

    @Test
    void default_exemplars_cover_every_label_with_at_least_ten_examples() {
        var perLabel = Exemplar.load(Exemplar.DEFAULT_RESOURCE).stream()
                .collect(groupingBy(Exemplar::label, counting()));

        assertThat(perLabel).containsOnlyKeys(ReplyLabel.values());
        assertThat(perLabel.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(10));
    }
}
