package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.verify.GuardrailCheck;
import dev.gatehouse.engine.signals.SignalKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.gatehouse.engine.writing.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

class OfflineWriterFeedbackTest {
    private final OfflineWriter writer = new OfflineWriter();
    private final dev.gatehouse.engine.accounts.Account marsh = account(20, "Marshgate Cycles", "Bicycles and retail");
    private final dev.gatehouse.engine.accounts.Contact ravi = contact(200, 20, "Ravi", "Finance Director");
    private final dev.gatehouse.engine.signals.Signal funding =
            signal(2001, 20, SignalKind.FUNDING, "Marshgate Cycles raised a $6M Series A", 3);
    private final dev.gatehouse.engine.signals.Signal hiring =
            signal(2002, 20, SignalKind.HIRING, "Marshgate Cycles is hiring an AP specialist", 5);

    @Test
    void verifier_problem_removes_the_proof_point_sentence() {
        var request = firstTouch(marsh, ravi, List.of(funding, hiring));
        var before = writer.write(request);
        var proof = offer().proofPoints().stream().filter(before.body()::contains).findFirst().orElseThrow();

        var after = writer.write(request.withFeedback(List.of(proof + ": customer not in the approved list")));

        assertThat(after.body()).doesNotContain(proof);
        assertThat(offer().proofPoints()).noneMatch(after.body()::contains);
    }

    @Test
    void flagged_amount_drops_the_opener_and_its_citation() {
        var request = firstTouch(marsh, ravi, List.of(funding, hiring));

        var after = writer.write(request.withFeedback(List.of("Claim \"$6M\" - funding amount not found in the signals")));

        assertThat(after.body()).doesNotContain("$6M");
        assertThat(after.citedSignalIds()).containsExactly(2002L);
    }

    @Test
    void reviewer_quoting_the_pain_line_removes_it() {
        var request = firstTouch(marsh, ravi, List.of(funding));
        var before = writer.write(request);
        var pain = java.util.Arrays.stream(before.body().split("(?<=\\.)\\s+"))
                .filter(s -> s.contains("usually")).findFirst().orElseThrow();

        var after = writer.write(request.withFeedback(List.of("Please cut \"" + pain + "\", it reads as presumptuous")));

        assertThat(after.body()).doesNotContain(pain).doesNotContain("usually");
    }

    @Test
    void asking_for_a_shorter_email_drops_proof_and_pain() {
        var request = firstTouch(marsh, ravi, List.of(funding));

        var after = writer.write(request.withFeedback(List.of("Too long, make it shorter")));

        assertThat(offer().proofPoints()).noneMatch(after.body()::contains);
        assertThat(after.body()).doesNotContain("usually");
    }

    @Test
    void feedback_it_cannot_place_still_changes_the_draft() {
        var request = firstTouch(marsh, ravi, List.of(funding));
        var before = writer.write(request);

        var after = writer.write(request.withFeedback(List.of("Make it warmer")));

        assertThat(after.body()).isNotEqualTo(before.body());
    }

    @Test
    void a_short_named_claim_removes_the_sentence_naming_it() {
        var request = firstTouch(marsh, ravi, List.of(funding));
        var before = writer.write(request);
        assertThat(before.body()).contains("Northwind Cycles");

        var after = writer.write(request.withFeedback(List.of("Northwind Cycles: customer not approved for this segment")));

        assertThat(after.body()).doesNotContain("Northwind Cycles");
    }

    @Test
    void a_banned_phrase_in_the_offer_never_reaches_the_draft() {
        var hyped = new Offer("Tallybook", "Tallybook is a game-changer for month-end", offer().proofPoints(),
                offer().customers(), "Maya", "");
        var request = firstTouch(marsh, ravi, List.of(funding), hyped, Guardrails.DEFAULT);

        var draft = writer.write(request);

        assertThat(draft.body()).doesNotContainIgnoringCase("game-changer");
        assertThat(new GuardrailCheck().check(draft, Guardrails.DEFAULT, hyped)).isEmpty();
    }

    @Test
    void praise_that_mentions_nothing_wrong_keeps_the_opener() {
        var request = firstTouch(marsh, ravi, List.of(funding, hiring));

        var after = writer.write(request.withFeedback(List.of("Not bad, I like it around the middle")));

        assertThat(after.citedSignalIds()).containsExactly(2001L);
    }
}
