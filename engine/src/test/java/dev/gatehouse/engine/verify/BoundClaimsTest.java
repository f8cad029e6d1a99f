package dev.gatehouse.engine.verify;

import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Offer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** True parts bound wrongly are blocked with both values named; well-grounded paraphrases pass. */
class BoundClaimsTest {
    private static final Offer OFFER = new Offer("Routewise",
            "Routewise plans delivery routes and tells customers when to expect their parcel.",
            List.of("Falcon Couriers cut late deliveries by 35% in 4 months with Routewise",
                    "Elm Street Bakery saved 11 hours a week on route planning in the first quarter",
                    "Pellucid Pharma grew on-time deliveries by 90% within a year"),
            List.of("Falcon Couriers", "Elm Street Bakery", "Pellucid Pharma"), "Noor", "Account Executive");
    private static final List<Signal> SIGNALS = List.of(
            signal(1, SignalKind.FUNDING, "Tessellate Labs raised €18M in a Series A extension led by Northstar Capital"),
            signal(2, SignalKind.FUNDING, "Tessellate Labs closed a €6M seed round in 2024"),
            signal(3, SignalKind.HIRING, "Tessellate Labs is hiring 9 data engineers and 4 designers"),
            signal(4, SignalKind.NEWS, "Tessellate Labs opened its second lab, in Lyon"));
    private static final Grounds GROUNDS = new Grounds(OFFER, SIGNALS, List.of("Tessellate Labs", "Tessellate", "Ines"), 0);

    private final Verifier verifier = new Verifier();

    private static Signal signal(long id, SignalKind kind, String summary) {
        return new Signal(id, 3, null, kind, summary, "https://news.example.org/" + id, Instant.EPOCH);
    }

    private Verification verify(String body) {
        return verifier.verify(new Draft("Routes at Tessellate", "Hi Ines,\n\n" + body + "\n\nNoor", List.of(1L), "test", null), GROUNDS);
    }

    private List<String> reasons(String body) {
        return verify(body).problems().stream().map(Problem::reason).toList();
    }

    @Test
    void blocks_an_amount_in_another_currency_and_names_both() {
        assertThat(reasons("Congrats on the $18M Series A extension."))
                .containsExactly("states $18M in the wrong currency: the signals say €18M");
    }

    @Test
    void blocks_a_proof_point_number_moved_to_another_customer() {
        assertThat(reasons("Elm Street Bakery cut late deliveries by 35% in 4 months.")).containsExactly(
                "attributes 35% to Elm Street Bakery, but the proof point “Falcon Couriers cut late deliveries by 35% in 4 months "
                        + "with Routewise” states it of Falcon Couriers");
    }

    @Test
    void blocks_a_proof_point_number_with_another_time_frame() {
        assertThat(reasons("Falcon Couriers cut late deliveries by 35% in 4 weeks.")).contains(
                "states 35% in 4 weeks, but the proof point “Falcon Couriers cut late deliveries by 35% in 4 months with Routewise” "
                        + "says 35% in 4 months");
    }

    @Test
    void blocks_an_amount_tied_to_another_round() {
        assertThat(reasons("After the €18M seed round, routing gets harder.")).containsExactly(
                "states €18M for the seed, but the signal “Tessellate Labs raised €18M in a Series A extension led by Northstar "
                        + "Capital” gives €18M for the Series A");
    }

    @Test
    void blocks_a_dropped_extension() {
        assertThat(reasons("Congrats on closing the Series A.")).containsExactly(
                "states the Series A, but the signal “Tessellate Labs raised €18M in a Series A extension led by Northstar Capital” "
                        + "reports a Series A extension");
    }

    @Test
    void blocks_an_added_extension() {
        var seedOnly = new Grounds(OFFER, List.of(SIGNALS.get(1)), List.of("Tessellate Labs", "Ines"), 0);

        var result = verifier.verify(new Draft("Hi", "Hi Ines,\n\nCongrats on extending the seed round.\n\nNoor", List.of(), "test", null),
                seedOnly);

        assertThat(result.problems()).extracting(Problem::reason).containsExactly(
                "states a seed extension, but the signal “Tessellate Labs closed a €6M seed round in 2024” reports the seed itself, "
                        + "not an extension");
    }

    @Test
    void blocks_a_changed_rank() {
        assertThat(reasons("Congrats on opening your third lab, in Lyon.")).containsExactly(
                "states “third lab”, but the signal “Tessellate Labs opened its second lab, in Lyon” says “second lab”");
    }

    @Test
    void blocks_a_count_of_other_things() {
        assertThat(reasons("Hiring 4 data engineers is a big step.")).containsExactly(
                "states 4 engineers, but the signal “Tessellate Labs is hiring 9 data engineers and 4 designers” says 9 engineers");
    }

    @Test
    void passes_grounded_paraphrases_of_amounts_counts_and_rounds() {
        assertThat(verify("Congrats on the €18 million Series A extension and on your recent raise. "
                + "With nine data engineers and four designers joining, and a second lab in Lyon, routes get busier.").problems())
                .isEmpty();
    }

    @Test
    void passes_hedged_numbers_and_time_frames_said_another_way() {
        assertThat(verify("Pellucid Pharma nearly doubled on-time deliveries in 12 months. "
                + "Elm Street Bakery saved about 11 hours a week on route planning in its first three months. "
                + "Falcon Couriers cut late deliveries by roughly a third, all within 4 months.").problems()).isEmpty();
    }

    @Test
    void passes_a_reader_clause_next_to_a_customer() {
        assertThat(verify("Like Falcon Couriers, you are hiring 9 data engineers.").problems()).isEmpty();
    }

    @Test
    void reads_amounts_and_number_words_in_the_languages_of_emea() {
        assertThat(verify("Félicitations pour l'extension de votre série A de 18 millions d'euros. Falcon Couriers a réduit de 35 % les retards en quatre mois.")
                .problems()).isEmpty();
        assertThat(verify("Enhorabuena por los 18 millones de euros. Vi que están contratando nueve ingenieros de datos.").problems()).isEmpty();
        assertThat(verify("Gefeliciteerd met de 18 miljoen euro. Jullie zoeken negen data engineers en vier designers.").problems()).isEmpty();
        assertThat(verify("Complimenti per i 18 milioni di euro dell'estensione della Serie A. Falcon Couriers ha ridotto del 35% i ritardi in quattro mesi.")
                .problems()).isEmpty();
        assertThat(verify("Parabéns pelos 18 milhões de euros. A Falcon Couriers reduziu em 35% os atrasos em quatro meses.").problems())
                .isEmpty();
        assertThat(verify("Glückwunsch zur Finanzierung über 18 Mio. € und zu neun neuen Stellen im Datenteam.").problems()).isEmpty();
    }

    @Test
    void blocks_a_wrong_currency_in_another_language() {
        assertThat(reasons("Félicitations pour l'extension de votre série A de 18 millions de dollars."))
                .containsExactly("states 18 million dollars in the wrong currency: the sources say €18M");
    }
}
