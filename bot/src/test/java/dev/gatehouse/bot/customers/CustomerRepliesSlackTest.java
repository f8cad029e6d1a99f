package dev.gatehouse.bot.customers;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.engine.followups.MutableClock;
import dev.gatehouse.engine.signals.RequestSignature;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Email replies from a customer's contacts, over the signed inbound webhook into the real bot: they
 * reach the customer's CSM (and hot ones escalate like a hot ticket), not the account's sales owner.
 */
class CustomerRepliesSlackTest {
    private static final String CSM = "U0CSM0001";
    private static final String INBOUND_SECRET = "inbound-secret-for-tests-0123456789";
    private static final Duration WAIT = Duration.ofSeconds(10);
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final MutableClock clock = new MutableClock(Instant.now());
    private GatehouseStack stack;

    @BeforeEach
    void start() throws Exception {
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_CSMS", CSM, "GATEHOUSE_INBOUND_SECRET", INBOUND_SECRET), fake -> {
        }, clock);
        var response = GatehouseStack.postSignals(stack.url("/api/customers"), """
                [{"type":"customer","account_domain":"acme.example","name":"Acme","arr":48000,"seats":50,"csm_slack_id":"%s"},
                 {"type":"contact","account_domain":"acme.example","contact_email":"dana@acme.example","first_name":"Dana","role":"champion"}]"""
                .formatted(CSM));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        // the account was sold by a rep, who still owns it on the sales side
        TestDatabase.execute("update accounts set owner_slack_id = ? where domain = ?", GatehouseStack.REP, "acme.example");
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
    }

    private void reply(String subject, String text) throws Exception {
        var body = """
                {"from":"Dana <dana@acme.example>","to":["ari@ledgerline.example"],"subject":"%s","text":"%s",
                 "message_id":"<%d@acme.example>"}""".formatted(subject, text, System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        var ts = clock.instant().getEpochSecond();
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.url("/api/inbound-email")))
                .header("X-Gatehouse-Timestamp", Long.toString(ts))
                .header("X-Gatehouse-Signature", new RequestSignature(INBOUND_SECRET).sign(ts, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    private boolean toRep(String method) {
        return stack.slack.calls(method).stream().anyMatch(c -> GatehouseStack.REP.equals(c.param("channel")));
    }

    @Test
    void a_cancellation_threat_by_email_reaches_the_csm_at_once_and_the_manager_after_the_window_not_the_sales_owner()
            throws Exception {
        reply("Re: checking in", "We are not going to renew. Please cancel our subscription at the end of the term.");

        var toCsm = stack.slack.await("chat.postMessage", c -> CSM.equals(c.param("channel")) && c.param("blocks") != null
                && c.param("blocks").contains("gh_escalation_ack"), WAIT);
        assertThat(toCsm.param("blocks")).contains("Customer escalation").contains("cancellation").contains("not going to renew");
        stack.slack.await("chat.postMessage", c -> CSM.equals(c.param("channel")) && c.param("blocks") != null
                && c.param("blocks").contains("escalated to the customer"), WAIT);
        assertThat(toRep("chat.postMessage")).as("nothing goes to the sales owner").isFalse();

        clock.advance(Duration.ofMinutes(16));
        stack.running.engine().customers().sweep();
        var toManager = stack.slack.await("chat.postMessage", c -> GatehouseStack.MANAGER.equals(c.param("channel"))
                && c.param("blocks") != null && c.param("blocks").contains("Unacknowledged escalation"), WAIT);
        assertThat(toManager.param("blocks")).contains("not going to renew");
    }

    @Test
    void a_customer_contacts_ordinary_reply_is_handed_to_the_csm_not_the_sales_owner() throws Exception {
        reply("Re: checking in", "Thanks, all good here. Could you send me the admin guide for adding users?");

        var handled = stack.slack.await("chat.postMessage", c -> CSM.equals(c.param("channel")) && c.param("blocks") != null
                && c.param("blocks").contains("dana@acme.example"), WAIT);
        assertThat(handled.param("blocks")).doesNotContain("gh_escalation_ack");
        assertThat(toRep("chat.postMessage")).as("nothing goes to the sales owner").isFalse();
    }
}
