package dev.gatehouse.engine.replies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only what the person wrote is classified: history, signatures, mobile lines, footers and HTML go. */
class MultilingualReplyTextTest {

    private static final String PITCH = "\n> Would love to book a demo with you next week!\n> Sam";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Am Di., 17. Nov. 2026 um 10:05 Uhr schrieb Sam <sam@gatehouse.dev>:
            de | Am 17.11.2026 um 10:05 hat Sam <sam@gatehouse.dev> geschrieben:
            fr | Le mar. 17 nov. 2026 à 10:05, Sam <sam@gatehouse.dev> a écrit :
            es | El mar, 17 nov 2026 a las 10:05, Sam (<sam@gatehouse.dev>) escribió:
            nl | Op di 17 nov. 2026 om 10:05 schreef Sam <sam@gatehouse.dev>:
            it | Il giorno mar 17 nov 2026 alle ore 10:05 Sam <sam@gatehouse.dev> ha scritto:
            pt | Em ter., 17 de nov. de 2026 às 10:05, Sam <sam@gatehouse.dev> escreveu:
            """)
    void history_after_an_attribution_in_each_language_is_dropped(String language, String attribution) {
        assertThat(ReplyText.fresh("Nein danke.\n\n" + attribution + PITCH)).isEqualTo("Nein danke.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Von: Sam <sam@gatehouse.dev>                | Gesendet: Dienstag, 17. November 2026 10:05
            De : Sam <sam@gatehouse.dev>                | Envoyé : mardi 17 novembre 2026 10:05
            De: Sam <sam@gatehouse.dev>                 | Enviado el: martes, 17 de noviembre de 2026 10:05
            Van: Sam <sam@gatehouse.dev>                | Verzonden: dinsdag 17 november 2026 10:05
            Da: Sam <sam@gatehouse.dev>                 | Inviato: martedì 17 novembre 2026 10:05
            """)
    void outlook_header_blocks_in_each_language_start_the_history(String from, String sent) {
        var body = "Kein Interesse.\n\n" + from + "\n" + sent + "\nBetreff: Demo\n\nWould love to book a demo!";

        assertThat(ReplyText.fresh(body)).isEqualTo("Kein Interesse.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Von meinem iPhone gesendet
            Envoyé de mon iPhone
            Enviado desde mi iPhone
            Verzonden vanaf mijn iPhone
            Inviato da iPhone
            Enviado do meu iPhone
            Sent from my Galaxy
            """)
    void mobile_sent_from_lines_are_dropped(String line) {
        assertThat(ReplyText.fresh("Tell me more.\n\n" + line)).isEqualTo("Tell me more.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | This message is confidential and intended solely for the addressee. Any unauthorized use is prohibited.
            de | Diese E-Mail ist vertraulich. Wenn Sie nicht der richtige Adressat sind, ist jede unbefugte Nutzung untersagt.
            fr | Ce courriel est confidentiel et destiné uniquement à son destinataire ; toute utilisation non autorisée est interdite.
            es | Este correo es confidencial y está dirigido solo a su destinatario; su uso no autorizado es ilegal.
            nl | Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.
            it | Questo messaggio è riservato e destinato unicamente al destinatario; ogni uso non autorizzato è vietato.
            pt | Esta mensagem é confidencial e destinada apenas ao destinatário; o uso não autorizado é proibido.
            """)
    void legal_footers_in_each_language_are_dropped(String language, String footer) {
        assertThat(ReplyText.fresh("Tell me more.\n\nJo\n\n" + footer)).isEqualTo("Tell me more.\n\nJo");
    }

    @Test
    void a_signature_after_the_dash_dash_line_is_dropped() {
        assertThat(ReplyText.fresh("Later, please.\n-- \nJo Lee | Legal counsel | call me anytime")).isEqualTo("Later, please.");
    }

    @Test
    void html_tags_entities_and_quoted_blocks_are_cleaned() {
        var body = "<div dir=\"ltr\">C&#39;est int&eacute;ressant&nbsp;: envoyez-moi une offre.<br></div>"
                + "<div class=\"gmail_quote\"><blockquote>Would love to book a demo!</blockquote></div>";

        assertThat(ReplyText.fresh(body)).isEqualTo("C'est intéressant : envoyez-moi une offre.");
    }

    @Test
    void a_sentence_starting_like_an_attribution_is_kept() {
        var body = "El lunes no puedo, pero el martes sí.";

        assertThat(ReplyText.fresh(body)).isEqualTo(body);
    }
}
