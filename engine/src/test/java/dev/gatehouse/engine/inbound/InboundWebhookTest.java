package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.signals.RequestSignature;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class InboundWebhookTest {
    private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");
    private static final RequestSignature SIGNATURE = new RequestSignature("inbound-webhook-secret");
    private final InboundWebhook webhook = new InboundWebhook(SIGNATURE, Clock.fixed(NOW, ZoneOffset.UTC));

    private static final String BODY = """
            {"from": "Dana Keller <Dana@Northwind.example>", "to": ["ari@gatehouse.example"],
             "subject": "Re: Northwind's Series B",
             "text": "Happy to talk next week.\\n\\nOn Mon, Ari wrote:\\n> Hi Dana",
             "headers": {"Auto-Submitted": "no", "X-Mailer": "Test"},
             "message_id": "abc-1@northwind.example", "in_reply_to": "<touch-1.aa@gatehouse.example>",
             "references": "<touch-0.bb@gatehouse.example> <touch-1.aa@gatehouse.example>"}
            """;

    private InboundWebhook.Result post(String body, long timestamp) {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        return webhook.parse(Long.toString(timestamp), SIGNATURE.sign(timestamp, bytes), bytes);
    }

    @Test
    void signed_post_becomes_an_inbound_message() {
        var result = post(BODY, NOW.getEpochSecond());

        assertThat(result).isInstanceOfSatisfying(InboundWebhook.Result.Accepted.class, a -> {
            var m = a.message();
            assertThat(m.from()).isEqualTo("dana@northwind.example");
            assertThat(m.messageId()).isEqualTo("<abc-1@northwind.example>");
            assertThat(m.inReplyTo()).isEqualTo("<touch-1.aa@gatehouse.example>");
            assertThat(m.references()).containsExactly("<touch-0.bb@gatehouse.example>", "<touch-1.aa@gatehouse.example>");
            assertThat(m.text()).isEqualTo("Happy to talk next week.");
            assertThat(m.autoReply()).isFalse();
        });
    }

    @Test
    void bad_signature_is_rejected_with_401() {
        var bytes = BODY.getBytes(StandardCharsets.UTF_8);

        var result = webhook.parse(Long.toString(NOW.getEpochSecond()), "v1=00", bytes);

        assertThat(result).isEqualTo(new InboundWebhook.Result.Rejected(401, "bad or missing signature"));
    }

    @Test
    void stale_timestamp_is_rejected() {
        assertThat(post(BODY, NOW.minusSeconds(3600).getEpochSecond())).isInstanceOf(InboundWebhook.Result.Rejected.class);
    }

    @Test
    void missing_sender_is_a_bad_request() {
        var result = post("{\"subject\": \"hi\", \"text\": \"hello\"}", NOW.getEpochSecond());

        assertThat(result).isInstanceOfSatisfying(InboundWebhook.Result.Rejected.class,
                r -> assertThat(r.status()).isEqualTo(400));
    }

    @Test
    void auto_submitted_header_marks_an_auto_reply() {
        var result = post(BODY.replace("\"Auto-Submitted\": \"no\"", "\"Auto-Submitted\": \"auto-replied\""),
                NOW.getEpochSecond());

        assertThat(((InboundWebhook.Result.Accepted) result).message().autoReply()).isTrue();
    }
}
