package dev.gatehouse.bot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/inbound-email} refuses, before the durable inbox, an email whose fields could
 * not be stored (longer than their columns, or holding a NUL): 400 naming the field, and nothing
 * stored — the provider knows at once, instead of a row that fails after the 202.
 */
class InboundEmailEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "inbound-secret-for-tests-only-0123456789";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static GatehouseStack stack;
    private static SignedHttp http;
    private static final SignedHttp.Endpoint INBOUND = new SignedHttp.Endpoint("inbound", "/api/inbound-email",
            SignedHttp.Scheme.GATEHOUSE, SECRET, "application/json");

    @BeforeAll
    static void start() throws Exception {
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_INBOUND_SECRET", SECRET));
        http = new SignedHttp(stack.url(""), Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
    }

    static Stream<Arguments> emailsTheDatabaseCannotHold() {
        return Stream.of(
                Arguments.of("from", "dana@" + "n".repeat(320) + ".example"),
                Arguments.of("subject", "Re: " + "s".repeat(995)),
                Arguments.of("message_id", "<" + "m".repeat(260) + "@northwind.example>"),
                Arguments.of("in_reply_to", "<" + "r".repeat(260) + "@ledgerline.example>"),
                Arguments.of("subject", "Re: a\u0000b"),
                Arguments.of("text", "Sounds good\u0000"),
                Arguments.of("message_id", "<a\u0000b@northwind.example>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emailsTheDatabaseCannotHold")
    void an_email_the_database_cannot_hold_gets_400_naming_the_field_and_nothing_is_stored(String field, String value)
            throws Exception {
        var before = DbFingerprint.take();
        var email = email("<bad@northwind.example>").put(field, value);

        var response = http.post(INBOUND, email.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("field").asText()).isEqualTo(field);
        assertThat(DbFingerprint.take()).isEqualTo(before);
    }

    @Test
    void a_body_that_is_not_an_email_names_the_body_or_the_sender() throws Exception {
        assertThat(JSON.readTree(http.post(INBOUND, "[1,2]").body()).path("field").asText()).isEqualTo("body");
        assertThat(JSON.readTree(http.post(INBOUND, "{\"subject\":\"hi\"}").body()).path("field").asText()).isEqualTo("from");
    }

    @Test
    void a_readable_email_within_the_limits_is_accepted() throws Exception {
        var response = http.post(INBOUND, email("<fine@northwind.example>").put("subject", "Re: " + "s".repeat(990)).toString());

        assertThat(response.statusCode()).isEqualTo(202);
        DbFingerprint.await(() -> DbFingerprint.idle(stack.running.after()), Duration.ofSeconds(20));
        assertThat(DbFingerprint.count("select count(*) from replies where message_id = '<fine@northwind.example>'")).isEqualTo(1);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode email(String messageId) {
        return JSON.createObjectNode().put("from", "Dana Keller <dana@northwind.example>").put("subject", "Re: month-end")
                .put("text", "Sounds good, tell me more.").put("message_id", messageId);
    }
}
