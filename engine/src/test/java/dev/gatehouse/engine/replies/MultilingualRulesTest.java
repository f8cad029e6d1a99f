package dev.gatehouse.engine.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unsubscribe, do-not-contact, data deletion, bounces and referrals by rule, in each supported language. */
class MultilingualRulesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20);
    private final TriageRules rules = new TriageRules();

    private ReplyLabel label(String subject, String body, String from) {
        return rules.apply(new InboundReply(subject, body, from, Map.of(), RECEIVED)).map(TriageResult::label).orElse(null);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Kindly take me off this list, thanks.
            en | Please erase my data from your CRM.
            de | Bitte tragen Sie mich aus Ihrem Newsletter aus.
            de | Ich möchte keine weiteren E-Mails von Ihnen erhalten.
            de | Hiermit fordere ich Sie auf: Löschen Sie meine Daten.
            fr | Veuillez me désinscrire de vos envois.
            fr | Merci de ne plus me solliciter.
            fr | Je vous demande de supprimer mes données.
            es | Quiero darme de baja de estos correos.
            es | Dejen de escribirme, por favor.
            es | Solicito que borren mis datos de su sistema.
            nl | Ik wil me graag afmelden.
            nl | Schrijf mij uit, alstublieft.
            nl | Wilt u mijn gegevens verwijderen uit uw bestand?
            it | Vorrei disiscrivermi da queste comunicazioni.
            it | Smettetela di scrivermi.
            it | Vi chiedo di cancellare i miei dati.
            pt | Não me enviem mais mensagens destas.
            pt | Quero descadastrar este endereço.
            pt | Peço que eliminem os meus dados.
            """)
    void unsubscribe_do_not_contact_and_data_deletion_are_unsubscribe(String language, String body) {
        assertThat(label("Re: Onboarding", body, "someone@example.eu")).isEqualTo(ReplyLabel.UNSUBSCRIBE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Under Article 17 GDPR I ask you to wipe everything.
            en | I want the data you hold about me erased within the month.
            de | Ich verlange, dass Sie alle über mich gespeicherten Angaben umgehend entfernen.
            de | Bitte streichen Sie diese Adresse aus Ihrer Datenbank.
            fr | Merci d'effacer sans délai toutes mes données personnelles.
            es | Os pido que me quitéis de vuestra lista de correo.
            es | Exijo la eliminación inmediata de mis datos personales.
            nl | Graag mijn persoonsgegevens per direct wissen.
            it | Per favore toglietemi dalla vostra lista.
            it | Chiedo la cancellazione dei miei dati personali ai sensi dell'art. 17 GDPR.
            pt | Retirem o meu contacto da vossa base de dados.
            pt | Solicito que apaguem imediatamente os meus dados.
            """)
    void freely_worded_removal_and_erasure_requests_are_unsubscribe(String language, String body) {
        assertThat(label("Re: Onboarding", body, "someone@example.eu")).isEqualTo(ReplyLabel.UNSUBSCRIBE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Your tool deleted our data last night and nobody answers.
            de | Ihr Tool hat unsere Daten gelöscht, das ist ein Desaster.
            es | Vuestra herramienta ha borrado nuestros datos.
            pt | Podem enviar-me a vossa lista de preços?
            """)
    void incidents_and_questions_about_deletion_are_not_unsubscribe(String language, String body) {
        assertThat(label("Re: Onboarding", body, "someone@example.eu")).isNotEqualTo(ReplyLabel.UNSUBSCRIBE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Unzustellbar: Ihre Anfrage              | Die Nachricht konnte nicht zugestellt werden. Postfach nicht gefunden.
            de | Re: Ihre Anfrage                        | Ihre Nachricht konnte nicht zugestellt werden: Empfänger unbekannt (Status 5.1.1).
            fr | Non remis : votre demande               | Le message n'a pas pu être remis. Destinataire inconnu.
            fr | Re: votre demande                       | Votre message n'a pas pu être distribué : boîte aux lettres pleine (serveur 552).
            es | No se puede entregar: su consulta       | El mensaje no se pudo entregar. El destinatario no existe.
            es | Re: su consulta                         | No se ha podido entregar el mensaje: buzón lleno (servidor 552).
            nl | Onbestelbaar: uw vraag                  | Het bericht kon niet worden bezorgd.
            nl | Re: uw vraag                            | Het bericht kon niet worden afgeleverd: onbekende ontvanger (550).
            it | Non recapitabile: la sua richiesta      | Impossibile recapitare il messaggio.
            it | Re: la sua richiesta                    | Non è stato possibile recapitare il messaggio: destinatario sconosciuto (550).
            pt | Não entregue: o seu pedido              | Não foi possível entregar a mensagem.
            pt | Re: o seu pedido                        | Não foi possível entregar a mensagem: destinatário desconhecido (550).
            """)
    void delivery_failures_are_bounces(String language, String subject, String body) {
        assertThat(label(subject, body, "ana@example.eu")).isEqualTo(ReplyLabel.BOUNCE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | finance@acme.test handles vendor decisions, not me.
            de | Bitte wenden Sie sich an finanzen@acme.test, ich bin dafür nicht zuständig.
            de | ich bin nicht zuständig, bitte an finanzen@acme.test
            fr | Contactez plutôt mon collègue achats@acme.test qui s'occupe de ce sujet.
            es | achats@acme.test es quien se encarga de las compras, escríbale a él.
            es | Le recomiendo que contacte con compras@acme.test, que es el responsable.
            nl | Neem contact op met inkoop@acme.test, zij is verantwoordelijk.
            it | Se ne occupa la mia collega acquisti@acme.test.
            pt | Fale com o meu colega compras@acme.test, é o responsável.
            """)
    void a_named_contact_in_any_position_is_a_referral(String language, String body) {
        var result = rules.apply(new InboundReply("Re: intro", body, "kim@acme.test", Map.of(), RECEIVED)).orElseThrow();

        assertThat(result.label()).isEqualTo(ReplyLabel.REFERRAL);
        assertThat(result.referredTo()).endsWith("@acme.test").isNotEqualTo("kim@acme.test");
    }
}
