package dev.gatehouse.engine.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole offline triage on replies in each supported language, as they arrive. */
class MultilingualTriageTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20);
    private static final String OUR_PITCH = "\n> Hi Anna, would love to book a 20-minute demo next Tuesday at 2pm!"
            + "\n> Reply 'interested' and I'll send an invite.\n> Sam";
    private final OfflineTriage triage = SharedTriage.offline();

    private TriageResult triage(String body, String from) {
        return triage.triage(new InboundReply("Re: Onboarding", body, from, Map.of(), RECEIVED));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | No need, thanks, we have this covered.
            de | Danke, kein Bedarf bei uns.
            fr | Merci, mais ça ne nous intéresse pas du tout.
            es | No gracias, no lo necesitamos por ahora ni más adelante.
            nl | Nee, dank u, daar hebben we geen behoefte aan.
            it | No grazie, non ci serve.
            pt | Não, obrigado, não temos interesse nisso.
            """)
    void no_need_thanks_is_not_interested(String language, String body) {
        assertThat(triage(body, "anna@example.eu").label()).isEqualTo(ReplyLabel.NOT_INTERESTED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Bitte keine weiteren E-Mails.                  | Am Mo., 16. Nov. 2026 um 09:12 Uhr schrieb Sam <sam@gatehouse.dev>:
            fr | Merci de ne plus m'écrire.                     | Le lun. 16 nov. 2026 à 09:12, Sam <sam@gatehouse.dev> a écrit :
            es | No me escriba más, gracias.                    | El lun, 16 nov 2026 a las 9:12, Sam (<sam@gatehouse.dev>) escribió:
            nl | Graag geen mails meer.                         | Op ma 16 nov. 2026 om 09:12 schreef Sam <sam@gatehouse.dev>:
            it | Non contattarmi, grazie.                       | Il giorno lun 16 nov 2026 alle ore 09:12 Sam <sam@gatehouse.dev> ha scritto:
            pt | Não me escrevam mais.                          | Em seg., 16 de nov. de 2026 às 09:12, Sam <sam@gatehouse.dev> escreveu:
            """)
    void quoted_history_never_decides_the_label(String language, String fresh, String attribution) {
        var result = triage(fresh + "\n\n" + attribution + OUR_PITCH, "anna@example.eu");

        assertThat(result.label()).isEqualTo(ReplyLabel.UNSUBSCRIBE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Tell me more, please.              | CONFIDENTIALITY NOTICE: any unauthorized use of this e-mail is strictly prohibited and may be illegal.
            de | Erzählen Sie mir gerne mehr.       | Diese E-Mail enthält vertrauliche Informationen. Die unbefugte Weitergabe ist nicht gestattet und kann rechtliche Schritte nach sich ziehen.
            fr | Dites-m'en plus, ça m'intéresse.   | Ce message est confidentiel. Toute utilisation non autorisée est interdite et peut faire l'objet de poursuites.
            es | Cuénteme más, me interesa.         | AVISO LEGAL: este mensaje es confidencial; su uso no autorizado es ilegal y puede dar lugar a acciones legales.
            nl | Vertel me meer, klinkt interessant. | Dit bericht is vertrouwelijk. Onbevoegd gebruik is onrechtmatig en kan tot juridische stappen leiden.
            it | Mi dica di più, mi interessa.      | Questo messaggio è riservato: ogni uso non autorizzato è illegale e può comportare azioni legali.
            pt | Conte-me mais, tenho interesse.    | Esta mensagem é confidencial; o uso não autorizado é ilegal e pode levar a medidas legais.
            """)
    void a_legal_footer_under_tell_me_more_does_not_escalate(String language, String fresh, String footer) {
        var result = triage(fresh + "\n\nAnna\n\n" + footer, "anna@example.eu");

        assertThat(result.label()).isEqualTo(ReplyLabel.INTERESTED);
    }

    @Test
    void a_german_delivery_failure_from_the_mail_system_is_a_bounce() {
        var body = "Ihre Nachricht an anna@kontor.test konnte nicht zugestellt werden.\nEmpfänger unbekannt.";

        assertThat(triage(body, "Mail Delivery System <MAILER-DAEMON@kontor.test>").label()).isEqualTo(ReplyLabel.BOUNCE);
    }

    @Test
    void a_uk_out_of_office_with_a_numeric_date_is_back_on_that_day() {
        var result = triage.triage(new InboundReply("Automatic reply: Onboarding",
                "I'm on leave until 02/12 with no access to email.", "jo@shop.co.uk", Map.of(), RECEIVED));

        assertThat(result.label()).isEqualTo(ReplyLabel.OUT_OF_OFFICE);
        assertThat(result.returnDate()).isEqualTo(MonthDay.of(12, 2));
    }

    @Test
    void a_dutch_out_of_office_until_inclusive_is_back_the_next_working_day() {
        var result = triage("Ik ben met vakantie tot en met vrijdag 4 december.", "sanne@bedrijf.test");

        assertThat(result.label()).isEqualTo(ReplyLabel.OUT_OF_OFFICE);
        assertThat(result.returnDate()).isEqualTo(MonthDay.of(12, 7));
    }

    @Test
    void a_reply_that_says_nothing_is_unsure() {
        assertThat(triage("Hm, na ja.", "anna@example.eu").confidence()).isLessThan(0.2);
    }

    @Test
    void a_clear_reply_in_another_language_is_not_unsure() {
        var result = triage("Passt Ihnen Mittwoch um 11 Uhr für ein Telefonat?", "anna@example.eu");

        assertThat(result.label()).isEqualTo(ReplyLabel.MEETING_REQUEST);
        assertThat(result.confidence()).isGreaterThanOrEqualTo(0.5);
    }
}
