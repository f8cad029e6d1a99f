package dev.gatehouse.engine.sending;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.engine.delivery.EmailAddress;
import dev.gatehouse.engine.delivery.Footer;
import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.delivery.OutboxStatus;
import dev.gatehouse.engine.delivery.Secret;
import dev.gatehouse.engine.delivery.SmtpMailer;
import dev.gatehouse.engine.delivery.SmtpTransport;
import dev.gatehouse.engine.delivery.UnsubscribeLinks;
import dev.gatehouse.engine.delivery.UnsubscribeTokens;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A send cut off between claiming its row and recording the outcome (the process was killed) is
 * settled against the mailbox's Sent folder over IMAP: recorded when the server had taken it,
 * sent again when it had not, never both.
 */
class SendRecoveryTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(EngineOnGreenMail.SENDER,
                    EngineOnGreenMail.IMAP_LOGIN, EngineOnGreenMail.IMAP_PASSWORD));

    final Clock clock = Clock.systemUTC();
    final Stores stores = TestDatabase.freshStores();
    final OutboxRows rows = new OutboxRows(stores);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final List<Long> requeued = new ArrayList<>();
    final List<Long> followedUp = new ArrayList<>();
    final SendLeases leases = new SendLeases(stores.outbox(), Duration.ofSeconds(10));
    SmtpTransport transport;
    OutboxDispatch dispatch;

    @BeforeEach
    void provider() {
        FilingProvider.install(mail, Duration.ZERO);
        var mailer = new SmtpMailer(new MailConfig.Smtp("127.0.0.1", mail.getSmtp().getPort(), false, null, null, "gatehouse.example"), clock);
        transport = new SmtpTransport(mailer, new UnsubscribeLinks(URI.create("https://gatehouse.example"),
                EmailAddress.of(EngineOnGreenMail.SENDER),
                new UnsubscribeTokens(new Secret("unsubscribe-signing-key-for-tests"), clock)),
                new Footer(Footer.DEFAULT_TEMPLATE, SendingEnv.POSTAL_ADDRESS));
        dispatch = new OutboxDispatch(stores, transport, ReviewNotifier.NONE, clock, (id, at) -> { }, leases);
    }

    @AfterEach
    void stop() {
        leases.close();
    }

    SendRecovery recovery(Optional<SentFolder> sent) {
        return new SendRecovery(stores, leases, sent, dispatch, (id, at) -> requeued.add(id), followedUp::add, clock, meters);
    }

    SendRecovery recoveryWithImap(String password) {
        return recovery(Optional.of(new ImapSentFolder(new MailConfig.Imap("127.0.0.1", mail.getImap().getPort(), false,
                EngineOnGreenMail.IMAP_LOGIN, new Secret(password)))));
    }

    double recovered(String outcome) {
        return meters.get("gatehouse.sends.recovered").tag("outcome", outcome).counter().count();
    }

    @Test
    void a_send_the_server_accepted_before_the_process_died_is_recorded_as_sent_and_not_sent_again() throws Exception {
        // given a send that reached the server (which filed it in Sent) and was never recorded
        var id = rows.approved(clock.instant());
        rows.cutOff(id, clock.instant());
        transport.send(stores.outbox().byId(id).orElseThrow());
        assertThat(FilingProvider.delivered(mail)).hasSize(1);

        var report = recoveryWithImap(EngineOnGreenMail.IMAP_PASSWORD).run();

        assertThat(report).isEqualTo(new SendRecovery.Report(1, 0, 0));
        assertThat(stores.outbox().byId(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(stores.touches().find(rows.touchId(id)).orElseThrow().status()).isEqualTo(TouchStatus.SENT);
        assertThat(followedUp).containsExactly(rows.touchId(id));
        assertThat(requeued).isEmpty();
        assertThat(FilingProvider.delivered(mail)).hasSize(1);
        assertThat(recovered("already_sent")).isEqualTo(1.0);
    }

    @Test
    void a_send_cut_off_before_the_server_had_it_is_sent_again_once_with_its_message_id() {
        var id = rows.approved(clock.instant());
        rows.cutOff(id, clock.instant());

        var report = recoveryWithImap(EngineOnGreenMail.IMAP_PASSWORD).run();

        assertThat(report).isEqualTo(new SendRecovery.Report(0, 1, 0));
        assertThat(requeued).containsExactly(id);
        assertThat(stores.outbox().byId(id).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(dispatch.dispatch(id)).isEqualTo(OutboxDispatch.Result.SENT);
        assertThat(FilingProvider.deliveredIds(mail)).containsExactly(stores.outbox().byId(id).orElseThrow().messageId());
        assertThat(recovered("resent")).isEqualTo(1.0);
    }

    @Test
    void without_imap_a_cut_off_send_is_sent_again() {
        var id = rows.approved(clock.instant());
        rows.cutOff(id, clock.instant());

        var report = recovery(Optional.empty()).run();

        assertThat(report).isEqualTo(new SendRecovery.Report(0, 1, 0));
        assertThat(requeued).containsExactly(id);
    }

    @Test
    void a_send_whose_lease_still_runs_is_left_to_its_instance() {
        var id = rows.approved(clock.instant());
        stores.outbox().claim(id, clock.instant(), OutboxRows.DEAD_OWNER, Duration.ofMinutes(1)).orElseThrow();

        var report = recoveryWithImap(EngineOnGreenMail.IMAP_PASSWORD).run();

        assertThat(report).isEqualTo(new SendRecovery.Report(0, 0, 0));
        assertThat(stores.outbox().byId(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENDING);
    }

    @Test
    void a_lease_renewed_while_its_send_runs_outlasts_its_length_and_runs_out_once_released() throws Exception {
        try (var sender = new SendLeases(stores.outbox(), Duration.ofSeconds(1)).start()) {
            var id = rows.approved(clock.instant());
            stores.outbox().claim(id, clock.instant(), sender.owner(), sender.length()).orElseThrow();
            var held = sender.hold(id);

            Thread.sleep(2_500);
            assertThat(recoveryWithImap(EngineOnGreenMail.IMAP_PASSWORD).run().resent()).isZero();

            held.close();
            Thread.sleep(1_500);
            assertThat(recoveryWithImap(EngineOnGreenMail.IMAP_PASSWORD).run().resent()).isEqualTo(1);
        }
    }

    @Test
    void an_unreadable_sent_folder_holds_a_recent_send_back_and_lets_an_old_one_go_again() {
        var id = rows.approved(clock.instant());
        rows.cutOff(id, clock.instant());
        var recovery = recoveryWithImap("wrong-password");

        assertThat(recovery.run()).isEqualTo(new SendRecovery.Report(0, 0, 1));
        assertThat(stores.outbox().byId(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENDING);
        assertThat(recovery.run()).as("held back for a minute, not looked at again at once")
                .isEqualTo(new SendRecovery.Report(0, 0, 0));

        TestDatabase.execute("update outbox set attempted_at = now() - interval '20 minutes' where id = ?", id);
        OutboxRows.leaseRanOut(id);
        assertThat(recovery.run()).isEqualTo(new SendRecovery.Report(0, 1, 0));
        assertThat(requeued).containsExactly(id);
    }

    @Test
    void claiming_a_row_records_the_attempt_before_the_mail_server_is_contacted() {
        var id = rows.approved(clock.instant());
        var seen = new ArrayList<String>();
        var watching = new OutboxDispatch(stores, message -> {
            seen.add(attemptOnRecord(id));
            return transport.send(message);
        }, ReviewNotifier.NONE, clock, (i, at) -> { }, leases);

        assertThat(watching.dispatch(id)).isEqualTo(OutboxDispatch.Result.SENT);
        assertThat(seen).containsExactly("sending true true true");
    }

    /** What the database says about the row while the mail server is being talked to. */
    private String attemptOnRecord(long id) {
        try (var connection = TestDatabase.shared().dataSource().getConnection();
             var query = connection.prepareStatement("""
                     select status || ' ' || (lease_owner = ?) || ' ' || (attempted_at is not null)
                            || ' ' || (lease_until > now()) from outbox where id = ?""")) {
            query.setString(1, leases.owner());
            query.setLong(2, id);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
