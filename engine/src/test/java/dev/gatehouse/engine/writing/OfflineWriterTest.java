package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.research.Text;
import dev.gatehouse.engine.signals.SignalKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.gatehouse.engine.writing.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

class OfflineWriterTest {
    private final OfflineWriter writer = new OfflineWriter();
    private final dev.gatehouse.engine.accounts.Account brightwater = account(1, "Brightwater Labs", "Biotech");
    private final dev.gatehouse.engine.accounts.Contact ines = contact(10, 1, "Ines", "VP Finance");

    @Test
    void cites_the_newest_strongest_signal() {
        var oldFunding = signal(101, 1, SignalKind.FUNDING, "Brightwater Labs closed a $3M seed round", 200);
        var freshFunding = signal(102, 1, SignalKind.FUNDING, "Brightwater Labs raised a $20M Series B led by Tidewell Partners", 2);
        var news = signal(103, 1, SignalKind.NEWS, "Brightwater Labs opened a lab in Lisbon", 1);

        var draft = writer.write(firstTouch(brightwater, ines, List.of(oldFunding, news, freshFunding)));

        assertThat(draft.body()).contains("raised a $20M Series B led by Tidewell Partners");
        assertThat(draft.citedSignalIds()).containsExactly(102L);
    }

    @Test
    void copies_the_funding_amount_verbatim() {
        var funding = signal(111, 1, SignalKind.FUNDING, "Brightwater Labs raised €7.5M in seed funding from Harbourline Capital", 4);

        var draft = writer.write(firstTouch(brightwater, ines, List.of(funding)));

        assertThat(draft.body()).contains("€7.5M in seed funding from Harbourline Capital");
        assertThat(Text.numbers(draft.body())).filteredOn(n -> !Character.isDigit(n.charAt(0))).containsOnly("€7.5M");
    }

    @Test
    void includes_at_most_one_proof_point_verbatim() {
        var hiring = signal(121, 1, SignalKind.HIRING, "Brightwater Labs is hiring an accounting manager", 3);

        var draft = writer.write(firstTouch(brightwater, ines, List.of(hiring)));

        var proofsUsed = offer().proofPoints().stream().filter(draft.body()::contains).count();
        assertThat(proofsUsed).isEqualTo(1);
    }

    @Test
    void picks_the_proof_point_closest_to_the_account() {
        var clinic = account(2, "Saltmarsh Clinics", "Clinics and healthcare");
        var hiring = signal(131, 2, SignalKind.HIRING, "Saltmarsh Clinics is hiring two billing specialists", 3);

        var draft = writer.write(firstTouch(clinic, contact(20, 2, "Tom", "Controller"), List.of(hiring)));

        assertThat(draft.body()).contains(CLINIC_PROOF).doesNotContain(CLOSE_PROOF);
    }

    @Test
    void asks_exactly_one_question_for_every_signal_kind() {
        for (var kind : SignalKind.values()) {
            var signal = signal(140 + kind.ordinal(), 1, kind, "Brightwater Labs rolled out a new expense policy", 5);

            var draft = writer.write(firstTouch(brightwater, ines, List.of(signal)));

            assertThat(draft.body().chars().filter(c -> c == '?').count()).as(kind.name()).isEqualTo(1);
        }
    }

    @Test
    void stays_within_max_words_for_long_inputs() {
        var longSummary = "Brightwater Labs announced " + String.join(" ", java.util.Collections.nCopies(40, "expansion"))
                + ", which the press covered widely, and it now plans several new sites across the region";
        var longOffer = new Offer("Tallybook", offer().valueProp() + ", and " + String.join(" ", java.util.Collections.nCopies(30, "more")),
                offer().proofPoints(), offer().customers(), "Maya", "");
        var tight = new Guardrails(45, Guardrails.DEFAULT.bannedPhrases(), "", "");
        var signals = List.of(signal(151, 1, SignalKind.NEWS, longSummary, 2));

        var draft = writer.write(firstTouch(brightwater, ines, signals, longOffer, tight));

        assertThat(Text.wordCount(draft.body())).isLessThanOrEqualTo(45);
        assertThat(draft.body()).contains("Brightwater Labs announced").endsWith("Maya");
    }

    @Test
    void subject_names_the_moment_within_sixty_characters() {
        var longName = account(3, "The Extraordinarily Long Named Holding Company of Greater Manchester", "Retail");
        var funding = signal(161, 3, SignalKind.FUNDING, "The company raised a $40M growth round", 6);

        var draft = writer.write(firstTouch(longName, contact(30, 3, "Ada", "CFO"), List.of(funding)));

        assertThat(draft.subject()).hasSizeLessThanOrEqualTo(60)
                .satisfiesAnyOf(s -> assertThat(s).containsIgnoringCase("funding"), s -> assertThat(s).containsIgnoringCase("raise"));
    }

    @Test
    void two_accounts_with_different_signals_differ_beyond_the_names() {
        var alder = account(4, "Alder Freight", "Logistics");
        var birch = account(5, "Birch Robotics", "Manufacturing");
        var a = writer.write(firstTouch(alder, contact(40, 4, "Noor", "Head of Finance"),
                List.of(signal(171, 4, SignalKind.FUNDING, "Alder Freight raised a $9M Series A", 3))));
        var b = writer.write(firstTouch(birch, contact(50, 5, "Liam", "Head of Finance"),
                List.of(signal(181, 5, SignalKind.FUNDING, "Birch Robotics raised a $9M Series A", 3))));

        assertThat(withoutNames(a.body(), "Alder Freight", "Noor"))
                .isNotEqualTo(withoutNames(b.body(), "Birch Robotics", "Liam"));
    }

    @Test
    void never_claims_a_prior_conversation_in_a_first_touch() {
        var claims = List.of("as we discussed", "as discussed", "our call", "our conversation", "great speaking",
                "great chatting", "as promised", "following up", "last time we spoke", "per our", "my last email",
                "earlier note");
        for (var kind : SignalKind.values()) {
            for (long accountId = 6; accountId < 12; accountId++) {
                var acct = account(accountId, "Cobalt Dairy", "Food");
                var draft = writer.write(firstTouch(acct, contact(accountId * 10, accountId, "Rui", "COO"),
                        List.of(signal(accountId * 100 + kind.ordinal(), accountId, kind, "Cobalt Dairy opened a second plant", 2))));

                assertThat(claims).noneMatch(c -> draft.body().toLowerCase().contains(c));
            }
        }
    }

    @Test
    void signs_with_the_guardrail_signature_before_the_sender_name() {
        var signed = new Guardrails(120, List.of(), "", "Maya Lind\nTallybook");
        var signal = signal(191, 1, SignalKind.HIRING, "Brightwater Labs is hiring a payroll lead", 3);

        var draft = writer.write(firstTouch(brightwater, ines, List.of(signal), offer(), signed));

        assertThat(draft.body()).endsWith("Maya Lind\nTallybook");
    }

    @Test
    void names_itself_offline_with_no_model() {
        var draft = writer.write(firstTouch(brightwater, ines, List.of()));

        assertThat(draft.writer()).isEqualTo("offline");
        assertThat(draft.model()).isNull();
    }

    @Test
    void congratulates_the_contact_on_their_own_job_change_in_the_second_person() {
        var move = new dev.gatehouse.engine.signals.Signal(201, 1, 10L, SignalKind.JOB_CHANGE,
                "Ines Okafor joined Brightwater Labs as VP Finance in January", null, NOW.minusSeconds(86_400));

        var draft = writer.write(firstTouch(brightwater, ines, List.of(move)));

        assertThat(draft.body()).containsIgnoringCase("you joined Brightwater Labs as VP Finance in January")
                .doesNotContain("Ines Okafor joined");
    }

    @Test
    void does_not_quote_web_visit_details_back_to_the_prospect() {
        var visit = signal(211, 1, SignalKind.INTENT, "Brightwater Labs viewed the pricing page 4 times on Tuesday", 1);

        var draft = writer.write(firstTouch(brightwater, ines, List.of(visit)));

        assertThat(draft.body()).doesNotContain("pricing page").doesNotContain("4 times");
        assertThat(draft.citedSignalIds()).containsExactly(211L);
    }

    @Test
    void a_question_inside_a_signal_summary_does_not_add_a_second_question() {
        var ticket = signal(221, 1, SignalKind.SUPPORT_TICKET, "Brightwater Labs asked: can we sync two Stripe accounts? Awaiting reply", 2);

        var draft = writer.write(firstTouch(brightwater, ines, List.of(ticket)));

        assertThat(draft.body().chars().filter(c -> c == '?').count()).isEqualTo(1);
    }

    @Test
    void the_same_kind_of_moment_at_two_accounts_is_worded_differently() {
        var wordings = new java.util.HashSet<String>();
        for (long id = 60; id < 66; id++) {
            var acct = account(id, "Company " + id, "Software");
            var draft = writer.write(firstTouch(acct, contact(id * 10, id, "Kim", "CFO"),
                    List.of(signal(id * 7, id, SignalKind.HIRING, "Company " + id + " is hiring a senior accountant", 2))));
            wordings.add(withoutNames(draft.body(), "Company " + id));
        }

        assertThat(wordings).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void the_value_proposition_and_proof_point_are_framed_differently_at_each_account_and_kept_word_for_word() {
        var paragraphs = new java.util.HashSet<String>();
        for (long id = 70; id < 78; id++) {
            var acct = account(id, "Company " + id, "Software");
            var request = firstTouch(acct, contact(id * 10, id, "Kim", "CFO"),
                    List.of(signal(id * 7, id, SignalKind.HIRING, "Company " + id + " is hiring a senior accountant", 2)));

            var draft = writer.write(request);

            var value = java.util.Arrays.stream(draft.body().split("\n\n"))
                    .filter(p -> p.contains("every bank and card transaction")).findFirst().orElseThrow();
            paragraphs.add(withoutNames(value, "Company " + id));
            assertThat(value).contains("matches every bank and card transaction to the ledger as it happens");
            assertThat(offer().proofPoints()).anyMatch(value::contains);
            assertThat(new dev.gatehouse.engine.verify.Verifier().verify(draft, dev.gatehouse.engine.verify.Grounds.of(request))
                    .problems()).as(draft.body()).isEmpty();
        }

        assertThat(paragraphs).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void asked_to_say_it_in_other_words_it_brings_another_approved_proof_point() {
        var hiring = signal(231, 1, SignalKind.HIRING, "Brightwater Labs is hiring an accounting manager", 3);
        var request = firstTouch(brightwater, ines, List.of(hiring));
        var first = writer.write(request);

        var reworded = writer.write(request.withFeedback(List.of("Too similar to an email already sent today: say it "
                + "in other words and in another order, keeping every fact.")));

        var before = offer().proofPoints().stream().filter(first.body()::contains).toList();
        var after = offer().proofPoints().stream().filter(reworded.body()::contains).toList();
        assertThat(before).hasSize(1);
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
    }

    @Test
    void a_long_value_proposition_is_sometimes_given_up_to_its_first_break_never_reworded() {
        var leading = "matches every bank and card transaction to the ledger as it happens";
        var shortened = 0;
        for (long id = 80; id < 92; id++) {
            var draft = writer.write(firstTouch(account(id, "Company " + id, "Software"), contact(id * 10, id, "Kim", "CFO"),
                    List.of(signal(id * 7, id, SignalKind.NEWS, "Company " + id + " opened an office in Porto", 2))));
            assertThat(draft.body()).contains(leading);
            if (!draft.body().contains("so the close stops being a scramble")) shortened++;
        }

        assertThat(shortened).isBetween(2, 10);
    }
}
