package dev.gatehouse.engine.verify;

import dev.gatehouse.engine.writing.Offer;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.verify.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GuardrailCheckTest {
    private static final String CLEAN = "Hi Ana,\n\nSaw that Fjord Tiles is hiring two estimators. "
            + "Tallybook keeps quotes and invoices in one place.\n\nWorth a short call?\n\nMaya";
    private final GuardrailCheck check = new GuardrailCheck();
    private final Guardrails rules = new Guardrails(40, List.of("touch base", "game-changer"), "", "Maya");

    @Test
    void a_clean_draft_has_no_problems() {
        assertThat(check.check(draft("Fjord Tiles is hiring", CLEAN), rules)).isEmpty();
    }

    @Test
    void catches_a_banned_phrase_in_any_case() {
        var body = CLEAN.replace("Worth a short call?", "Could we Touch Base this week?");

        assertThat(reasons(check.check(draft("Hello", body), rules))).containsExactly("banned phrase");
    }

    @Test
    void catches_a_draft_over_the_word_limit() {
        var body = CLEAN.replace("in one place.", "in one place. " + "Really useful. ".repeat(20));

        var problems = check.check(draft("Hello", body), rules);

        assertThat(reasons(problems)).containsExactly("over the 40-word limit");
    }

    @Test
    void catches_a_missing_signature() {
        assertThat(reasons(check.check(draft("Hello", CLEAN.replace("Maya", "")), rules))).containsExactly("missing signature");
    }

    @Test
    void catches_more_than_one_question() {
        var body = CLEAN.replace("Worth a short call?", "Is that right? Worth a short call?");

        assertThat(reasons(check.check(draft("Hello", body), rules))).containsExactly("more than one question or ask");
    }

    @Test
    void catches_shouting_but_not_acronyms() {
        var acronym = CLEAN.replace("one place", "one ERP");
        var shouting = CLEAN.replace("one place", "ONE SINGLE place");

        assertThat(check.check(draft("Hello", acronym), rules)).isEmpty();
        assertThat(reasons(check.check(draft("Hello", shouting), rules))).containsExactly("all caps");
    }

    @Test
    void catches_exclamation_marks() {
        assertThat(reasons(check.check(draft("Hello!", CLEAN), rules))).containsExactly("exclamation mark");
    }

    @Test
    void catches_too_many_links() {
        var body = CLEAN.replace("one place.", "one place: https://a.example.org and www.b.example.org.");

        assertThat(reasons(check.check(draft("Hello", body), rules))).containsExactly("more than 1 link(s)");
    }

    @Test
    void expects_the_sender_name_when_guardrails_set_no_signature() {
        var offer = new Offer("Tallybook", "Keeps books tidy", List.of(), List.of(), "Jonas", "");
        var noSignature = new Guardrails(40, List.of(), "", "");

        assertThat(reasons(check.check(draft("Hello", CLEAN), noSignature, offer))).containsExactly("missing signature");
    }

    private static Draft draft(String subject, String body) {
        return new Draft(subject, body, List.of(), "test", null);
    }

    private static List<String> reasons(List<Problem> problems) {
        return problems.stream().map(Problem::reason).toList();
    }
}
