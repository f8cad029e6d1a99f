package dev.gatehouse.engine.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Return dates in each language's usual forms; "until … inclusive" means back the next working day. */
class MultilingualReturnDatesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20); // a Friday

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Ich bin bis zum 14. Dezember nicht im Haus.                   | 12-14
            de | Ab Montag, den 30. November, bin ich wieder erreichbar.        | 11-30
            fr | Absent jusqu'au 2 décembre, je vous répondrai à mon retour.   | 12-02
            fr | De retour le 1er décembre.                                     | 12-01
            es | Estaré fuera hasta el 9 de diciembre.                          | 12-09
            es | Regreso el lunes 30 de noviembre.                              | 11-30
            nl | Ik ben tot 8 december met verlof.                              | 12-08
            nl | Vanaf woensdag 2 december ben ik weer bereikbaar.              | 12-02
            it | Sono in ferie fino al 10 dicembre.                             | 12-10
            it | Rientro in sede il 3 dicembre.                                 | 12-03
            pt | Estou de férias até 15 de dezembro.                            | 12-15
            pt | Regresso ao escritório a 2 de dezembro.                        | 12-02
            """)
    void day_and_month_name_in_each_language(String language, String text, String expected) {
        assertThat(ReturnDates.find(text, RECEIVED, true)).contains(MonthDay.parse("--" + expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Away until Thursday 3 December inclusive.                      | 12-04
            en | On leave up to and including 4 December.                       | 12-07
            de | Ich bin bis einschließlich 27. November im Urlaub.             | 11-30
            fr | En congé jusqu'au vendredi 4 décembre inclus.                  | 12-07
            es | De vacaciones del 23 de noviembre al 3 de diciembre, ambos inclusive. | 12-04
            es | De vacaciones hasta el 1 de diciembre incluido.                | 12-02
            nl | Afwezig t/m 27 november.                                       | 11-30
            nl | Ik ben tot en met 2 december afwezig.                          | 12-03
            it | Fuori ufficio fino al 27 novembre compreso.                    | 11-30
            pt | De férias até 4 de dezembro, inclusive.                        | 12-07
            """)
    void until_inclusive_means_back_the_next_working_day(String language, String text, String expected) {
        assertThat(ReturnDates.find(text, RECEIVED, true)).contains(MonthDay.parse("--" + expected));
    }

    @Test
    void dutch_back_again_on_a_short_day_month_date() {
        assertThat(ReturnDates.find("Ik ben met verlof en weer aanwezig op 7-12.", RECEIVED, true)).contains(MonthDay.of(12, 7));
    }

    @Test
    void inclusive_end_of_year_rolls_into_january() {
        assertThat(ReturnDates.find("Bis einschließlich 31.12. im Urlaub.", LocalDate.of(2026, 12, 20), true))
                .contains(MonthDay.of(1, 1));
    }

    @Test
    void day_first_numeric_date_from_a_uk_or_german_sender_is_the_day() {
        var uk = ReturnDates.dayFirst("Jo Smith <jo@shop.co.uk>", Language.EN);
        var de = ReturnDates.dayFirst("lena@firma.de", Language.DE);

        assertThat(ReturnDates.find("Out of the office until 04/12.", RECEIVED, uk)).contains(MonthDay.of(12, 4));
        assertThat(ReturnDates.find("Zurück am 04.12.", RECEIVED, de)).contains(MonthDay.of(12, 4));
    }

    @Test
    void numeric_date_from_a_us_sender_writing_english_is_month_first() {
        var us = ReturnDates.dayFirst("sam@company.com", Language.EN);

        assertThat(ReturnDates.find("Out of the office until 12/04.", RECEIVED, us)).contains(MonthDay.of(12, 4));
    }

    @Test
    void a_generic_domain_writing_french_reads_day_first() {
        assertThat(ReturnDates.dayFirst("marie@group.com", Language.FR)).isTrue();
    }

    @Test
    void an_end_date_is_preferred_to_a_start_date() {
        assertThat(ReturnDates.find("Ich bin ab dem 23.11. im Urlaub und bis zum 4.12. nicht erreichbar.", RECEIVED, true))
                .contains(MonthDay.of(12, 4));
    }
}
