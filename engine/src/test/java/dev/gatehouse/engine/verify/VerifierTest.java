package dev.gatehouse.engine.verify;

import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Offer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerifierTest {
    private static final Offer OFFER = new Offer("Shiftwise",
            "Shiftwise schedules hourly staff across locations and syncs hours to payroll.",
            List.of("Brightside Clinics cut overtime spend by 18% in the first quarter with Shiftwise",
                    "Integrates with ADP and Gusto", "SOC 2 Type II audited"),
            List.of("Brightside Clinics", "Northfield Grocers"), "Sam", "Account Executive");
    private static final List<Signal> SIGNALS = List.of(
            new Signal(1, 7, null, SignalKind.FUNDING,
                    "Marlow Health raised a $20 million Series B led by Copperline Capital on 2026-08-11",
                    "https://news.example.org/marlow", Instant.EPOCH),
            new Signal(2, 7, null, SignalKind.JOB_CHANGE, "Dana Whitfield joined Marlow Health as VP of Operations",
                    "https://people.example.org/dana", Instant.EPOCH));
    private static final Grounds FIRST_TOUCH = new Grounds(OFFER, SIGNALS, List.of("Marlow Health", "Dana", "Whitfield"), 0);
    private static final Grounds FOLLOW_UP = new Grounds(OFFER, SIGNALS, List.of("Marlow Health", "Dana", "Whitfield"), 1);

    private final Verifier verifier = new Verifier();

    private Verification verify(String body, Grounds grounds) {
        return verifier.verify(new Draft("Scheduling at Marlow", "Hi Dana,\n\n" + body + "\n\nSam", List.of(1L), "test", null), grounds);
    }

    @Test
    void passes_a_grounded_draft() {
        var result = verify("Congrats on the $20M Series B and on the new VP of Operations role. Brightside Clinics cut "
                + "overtime spend by 18% in the first quarter with Shiftwise, and it integrates with ADP and Gusto. "
                + "Open to a 20-minute call next week?", FIRST_TOUCH);

        assertThat(result.problems()).isEmpty();
        assertThat(result.passed()).isTrue();
    }

    @Test
    void blocks_invented_customer() {
        var result = verify("Clinics like Riverbend Health use Shiftwise to cut overtime.", FIRST_TOUCH);

        assertThat(result).isInstanceOf(Verification.Blocked.class);
        assertThat(result.problems()).extracting(Problem::reason)
                .containsExactly("names a customer not in the offer: Riverbend Health");
    }

    @Test
    void blocks_invented_customer_at_the_start_of_a_sentence() {
        var result = verify("Kestrel Pharmacy and Alder Dental both schedule with Shiftwise.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason)
                .anyMatch(r -> r.contains("Kestrel Pharmacy")).anyMatch(r -> r.contains("Alder Dental"));
    }

    @Test
    void allows_the_prospect_and_known_customers_by_name() {
        var result = verify("Marlow Health is growing fast. Northfield Grocers and Brightside Clinics schedule with Shiftwise.",
                FIRST_TOUCH);

        assertThat(result.passed()).isTrue();
    }

    @Test
    void blocks_invented_number() {
        var result = verify("Shiftwise customers save twelve hours a week on scheduling.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason)
                .containsExactly("states a duration not in a proof point or signal: 12 hours");
    }

    @Test
    void blocks_a_proof_point_number_that_was_changed() {
        var result = verify("Brightside Clinics cut overtime spend by 25% in the first quarter.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason).containsExactly(
                "states a percentage not in a proof point or signal: 25%");
    }

    @Test
    void blocks_invented_multiplier() {
        var result = verify("Teams see a 3x return on scheduling time.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason).containsExactly(
                "states a multiplier not in a proof point or signal: 3x");
    }

    @Test
    void blocks_wrong_funding_amount() {
        var result = verify("Congrats on the $25M Series B.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason).singleElement()
                .asString().startsWith("states a funding amount the signals don't support: $25M");
    }

    @Test
    void accepts_a_funding_amount_written_another_way() {
        var result = verify("Congrats on raising 20,000,000 dollars. The $20M Series B is a big step.", FIRST_TOUCH);

        assertThat(result.passed()).isTrue();
    }

    @Test
    void blocks_wrong_funding_round() {
        var result = verify("Congrats on closing the Series C.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason).singleElement()
                .asString().startsWith("states a funding round the signals don't support: Series C");
    }

    @Test
    void blocks_invented_investor() {
        var result = verify("Congrats on the Series B led by Lakeside Partners.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason)
                .containsExactly("names an investor not in the signals: Lakeside Partners");
    }

    @Test
    void blocks_a_funding_month_the_signals_contradict() {
        var result = verify("Congrats on the Series B in March.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason)
                .containsExactly("states a funding date the signals don't support: March");
    }

    @Test
    void blocks_funding_when_no_signal_reports_any() {
        var noFunding = new Grounds(OFFER, List.of(SIGNALS.get(1)), List.of("Marlow Health", "Dana"), 0);

        var result = verify("Congrats on the recent funding round.", noFunding);

        assertThat(result.problems()).extracting(Problem::reason).containsExactly("mentions funding that no signal reports");
    }

    @Test
    void blocks_title_that_contradicts_the_signal() {
        var result = verify("Congrats on starting as COO at Marlow Health.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason)
                .containsExactly("states a title the signals don't support: COO (signals say VP of Operations)");
    }

    @Test
    void accepts_a_title_written_another_way() {
        var result = verify("As Vice President, Operations you own the schedule.", FIRST_TOUCH);

        assertThat(result.passed()).isTrue();
    }

    @Test
    void blocks_event_no_signal_reports() {
        var result = verify("Congrats on the acquisition.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason).containsExactly("mentions an acquisition that no signal reports");
    }

    @Test
    void blocks_certification() {
        var result = verify("Shiftwise is HIPAA compliant and ISO 27001 certified.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason).containsExactly(
                "claims a certification not in the proof points: HIPAA",
                "claims a certification not in the proof points: ISO 27001");
    }

    @Test
    void allows_a_certification_in_the_proof_points() {
        var result = verify("Shiftwise is SOC2 audited.", FIRST_TOUCH);

        assertThat(result.passed()).isTrue();
    }

    @Test
    void blocks_fake_prior_meeting_in_a_first_touch() {
        var result = verify("Good to meet you at the regional health summit - here is the overview.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason).singleElement()
                .asString().startsWith("claims a call or meeting that never happened");
    }

    @Test
    void blocks_a_reference_to_an_earlier_email_in_a_first_touch() {
        var result = verify("Circling back on my last email about overtime.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason).singleElement()
                .asString().startsWith("claims prior contact in a first email");
    }

    @Test
    void allows_my_note_last_week_in_a_follow_up() {
        var result = verify("Following up on my note last week about overtime at Marlow Health.", FOLLOW_UP);

        assertThat(result.passed()).isTrue();
    }

    @Test
    void blocks_a_fake_call_in_a_follow_up() {
        var result = verify("Following up on our call, here is the overview.", FOLLOW_UP);

        assertThat(result.problems()).extracting(Problem::reason).singleElement()
                .asString().startsWith("claims a call or meeting that never happened");
    }

    @Test
    void blocks_guarantee() {
        var result = verify("We guarantee lower overtime, risk-free.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason).containsExactly(
                "makes a guarantee the offer does not: guarantee", "makes a guarantee the offer does not: risk-free");
    }

    @Test
    void accepts_12m_as_12_million() {
        var offer = new Offer("Shiftwise", "Scheduling.", List.of(), List.of(), "Sam", null);
        var signal = new Signal(1, 7, null, SignalKind.FUNDING, "Marlow Health raised $12 million", null, Instant.EPOCH);

        var result = verify("Congrats on the $12M raise.", new Grounds(offer, List.of(signal), List.of(), 0));

        assertThat(result.passed()).isTrue();
    }

    @Test
    void accepts_a_number_spelled_out() {
        var offer = new Offer("Shiftwise", "Scheduling.", List.of("Brightside Clinics closes payroll 4 days sooner"),
                List.of("Brightside Clinics"), "Sam", null);

        var result = verify("Brightside Clinics closes payroll four days sooner.", new Grounds(offer, SIGNALS, List.of(), 0));

        assertThat(result.passed()).isTrue();
    }

    @Test
    void allows_a_meeting_length_in_the_ask() {
        var result = verify("Do you have 15 minutes on Thursday?", FIRST_TOUCH);

        assertThat(result.passed()).isTrue();
    }

    @Test
    void checks_the_subject_line_too() {
        var draft = new Draft("Great chatting yesterday", "Hi Dana,\n\nShiftwise syncs hours to payroll.\n\nSam", List.of(), "test", null);

        var result = verifier.verify(draft, FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::claim).containsExactly("Great chatting yesterday");
    }

    @Test
    void names_the_offending_sentence_as_the_claim() {
        var result = verify("Shiftwise syncs hours to payroll. Kaiser uses it in every region.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::claim).containsExactly("Kaiser uses it in every region.");
    }

    @Test
    void allows_a_title_mentioned_without_a_claim_about_it() {
        var result = verify("Happy to send a one-pager you can forward to your CFO.", FIRST_TOUCH);

        assertThat(result.passed()).isTrue();
    }

    @Test
    void blocks_ranking_claim() {
        var result = verify("Shiftwise is the #1 scheduling app for clinics.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason)
                .contains("makes a ranking claim the offer does not: #1");
    }

    @Test
    void ignores_the_signature_block() {
        var draft = new Draft("Scheduling", "Hi Dana,\n\nShiftwise syncs hours to payroll.\n\nBest,\nSam Ortiz | Shiftwise\n"
                + "sam@shiftwise.example | (555) 010-4477", List.of(), "test", null);

        var result = verifier.verify(draft, FIRST_TOUCH);

        assertThat(result.passed()).isTrue();
    }

    @Test
    void a_count_in_a_signal_does_not_ground_a_multiplier() {
        var result = verify("Dana, two weeks in, teams schedule twice as fast.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason)
                .contains("states a multiplier not in a proof point or signal: 2x");
    }

    @Test
    void allows_the_readers_name_said_to_them_without_a_greeting() {
        var draft = new Draft("Scheduling", "Congrats, Priya! Shiftwise syncs hours to payroll.", List.of(), "test", null);

        var result = verifier.verify(draft, FIRST_TOUCH);

        assertThat(result.passed()).isTrue();
    }

    @Test
    void blocks_a_duration_written_without_digits() {
        var result = verify("Brightside Clinics closes payroll a week sooner with Shiftwise.", FIRST_TOUCH);

        assertThat(result.problems()).extracting(Problem::reason)
                .containsExactly("states a duration not in a proof point or signal: 1 week");
    }

    @Test
    void grounds_of_a_writing_request_count_the_thread() {
        var account = new dev.gatehouse.engine.accounts.Account(7, "marlow.example", "Marlow Health", null, null, null,
                null, null, null, null);
        var contact = new dev.gatehouse.engine.accounts.Contact(3, 7, "dana@marlow.example", "Dana", "Whitfield",
                "VP of Operations", null, null, null);
        var thread = List.of(new dev.gatehouse.engine.writing.PriorTouch(1, "Scheduling", "Hi Dana", Instant.EPOCH));
        var request = new dev.gatehouse.engine.writing.WritingRequest(dev.gatehouse.engine.writing.TouchKind.FOLLOW_UP, 2,
                account, contact, List.of(), SIGNALS, OFFER, null, thread, List.of());

        var grounds = Grounds.of(request);

        assertThat(grounds.priorTouches()).isEqualTo(1);
        assertThat(grounds.names()).contains("Marlow Health", "Dana", "Whitfield", "Shiftwise", "Sam");
    }
}
