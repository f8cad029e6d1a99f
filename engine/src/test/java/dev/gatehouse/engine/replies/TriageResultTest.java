package dev.gatehouse.engine.replies;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageResultTest {

    @Test
    void suspected_injection_cannot_be_labelled_interested() {
        assertThatThrownBy(() -> new TriageResult(ReplyLabel.INTERESTED, 0.9, null, null, true, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void confidence_outside_unit_interval_is_rejected() {
        assertThatThrownBy(() -> TriageResult.of(ReplyLabel.QUESTION, 1.2, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void return_date_only_for_out_of_office() {
        assertThatThrownBy(() -> new TriageResult(ReplyLabel.NOT_NOW, 0.5, MonthDay.of(1, 2), null, false, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
