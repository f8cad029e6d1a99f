package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.research.Text;
import dev.gatehouse.engine.signals.SignalKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.gatehouse.engine.writing.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

class OfflineWriterFollowUpTest {
    private final OfflineWriter writer = new OfflineWriter();
    private final dev.gatehouse.engine.accounts.Account quarry = account(30, "Quarry Lane Software", "Software");
    private final dev.gatehouse.engine.accounts.Contact olu = contact(300, 30, "Olu", "Director of Accounting");
    private final dev.gatehouse.engine.signals.Signal funding =
            signal(3001, 30, SignalKind.FUNDING, "Quarry Lane Software raised a $14M Series A", 2);
    private final dev.gatehouse.engine.signals.Signal hiring =
            signal(3002, 30, SignalKind.HIRING, "Quarry Lane Software is hiring a revenue accountant in Austin", 6);

    @Test
    void follow_up_subject_is_re_the_first_subject() {
        var first = firstTouch(quarry, olu, List.of(funding, hiring));
        var sent = writer.write(first);

        var followUp = writer.write(followUp(first, List.of(sent)));

        assertThat(followUp.subject()).isEqualTo("Re: " + sent.subject());
    }

    @Test
    void follow_up_refers_to_the_earlier_note_without_restating_it() {
        var first = firstTouch(quarry, olu, List.of(funding, hiring));
        var sent = writer.write(first);

        var followUp = writer.write(followUp(first, List.of(sent)));

        assertThat(followUp.body()).containsPattern("(?i)(earlier note|last email|my note)");
        assertThat(followUp.body()).doesNotContain(funding.summary()).doesNotContain(first.offer().valueProp());
    }

    @Test
    void follow_up_stays_within_eighty_words() {
        var wordy = signal(3003, 30, SignalKind.NEWS, "Quarry Lane Software " + "announced a partnership ".repeat(30), 9);
        var first = firstTouch(quarry, olu, List.of(funding, wordy), offer(), new Guardrails(200, List.of(), "", ""));
        var sent = writer.write(first);

        var followUp = writer.write(followUp(first, List.of(sent)));

        assertThat(Text.wordCount(followUp.body())).isLessThanOrEqualTo(80);
    }

    @Test
    void follow_up_brings_the_signal_the_first_email_did_not_use() {
        var first = firstTouch(quarry, olu, List.of(funding, hiring));
        var sent = writer.write(first);

        var followUp = writer.write(followUp(first, List.of(sent)));

        assertThat(sent.citedSignalIds()).containsExactly(3001L);
        assertThat(followUp.citedSignalIds()).contains(3002L);
        assertThat(followUp.body()).contains("hiring a revenue accountant in Austin");
    }

    @Test
    void follow_up_without_a_new_signal_uses_a_proof_point_not_used_before() {
        var first = firstTouch(quarry, olu, List.of(funding));
        var sent = writer.write(first);

        var followUp = writer.write(followUp(first, List.of(sent)));

        var fresh = offer().proofPoints().stream().filter(p -> !sent.body().contains(p)).toList();
        assertThat(fresh).anyMatch(followUp.body()::contains);
    }

    @Test
    void follow_up_asks_something_different_from_the_first_email() {
        var first = firstTouch(quarry, olu, List.of(funding, hiring));
        var sent = writer.write(first);

        var followUp = writer.write(followUp(first, List.of(sent)));

        assertThat(lastQuestion(followUp.body())).isNotEqualTo(lastQuestion(sent.body()));
        assertThat(followUp.body().chars().filter(c -> c == '?').count()).isEqualTo(1);
    }

    @Test
    void third_touch_with_nothing_new_left_asks_a_useful_question() {
        var first = firstTouch(quarry, olu, List.of(funding), new Offer("Tallybook", offer().valueProp(),
                List.of(CLOSE_PROOF), List.of(), "Maya", ""), Guardrails.DEFAULT);
        var one = writer.write(first);
        var two = writer.write(followUp(first, List.of(one)));

        var three = writer.write(followUp(first, List.of(one, two)));

        assertThat(three.body()).contains("month-end close").contains("?").doesNotContain(CLOSE_PROOF);
    }

    private static String lastQuestion(String body) {
        return body.lines().filter(l -> l.endsWith("?")).reduce((a, b) -> b).orElse("");
    }
}
