package dev.gatehouse.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {
    private static final String SECRET = "an-unsubscribe-secret-of-32-chars!!";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(new Secret(SECRET), CLOCK);

    /** A token as the first release issued them (readable payload, HMAC), still sitting in sent mail. */
    private static String legacyToken(String payload, String secret) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var bytes = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(bytes) + "." + B64.encodeToString(mac.doFinal(bytes));
    }

    @Test
    void token_round_trips_to_the_lower_cased_email() {
        String token = tokens.issue("Mara.Lind@Prospect.test");

        assertThat(tokens.verify(token)).contains("mara.lind@prospect.test");
    }

    @Test
    void token_is_url_safe() {
        assertThat(tokens.issue("mara+sales@prospect.test")).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void token_is_opaque_the_address_cannot_be_read_from_it() {
        String token = tokens.issue("mara@prospect.test");
        String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.ISO_8859_1);

        assertThat(decoded).doesNotContain("mara").doesNotContain("prospect");
        assertThat(token).doesNotContain(B64.encodeToString("mara@prospect".getBytes(StandardCharsets.UTF_8)).substring(0, 12));
    }

    @Test
    void two_tokens_for_one_address_look_unrelated() {
        assertThat(tokens.issue("mara@prospect.test")).isNotEqualTo(tokens.issue("mara@prospect.test"));
    }

    @Test
    void a_token_in_the_old_readable_format_from_mail_already_sent_is_still_honoured() throws Exception {
        String old = legacyToken("v1|1772442000|mara@prospect.test", SECRET);

        assertThat(tokens.verify(old)).contains("mara@prospect.test");
    }

    @Test
    void an_old_format_token_with_a_forged_payload_is_rejected() throws Exception {
        String genuine = legacyToken("v1|1772442000|mara@prospect.test", SECRET);
        String forgedPayload = B64.encodeToString("v1|1772442000|ceo@prospect.test".getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.verify(forgedPayload + genuine.substring(genuine.indexOf('.')))).isEmpty();
        assertThat(tokens.verify(legacyToken("v1|1772442000|ceo@prospect.test", "some-other-secret-of-32-chars!!!!"))).isEmpty();
    }

    @Test
    void any_changed_character_is_rejected() {
        String token = tokens.issue("mara@prospect.test");
        for (int i = 0; i < token.length() - 1; i += 7) { // the last character may carry only padding bits
            char c = token.charAt(i);
            String tampered = token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1);

            assertThat(tokens.verify(tampered)).as("changed at %d", i).isEmpty();
        }
    }

    @Test
    void token_from_another_secret_is_rejected() {
        UnsubscribeTokens other = new UnsubscribeTokens(new Secret("a-different-secret-also-32-chars!!"), CLOCK);

        assertThat(tokens.verify(other.issue("mara@prospect.test"))).isEmpty();
    }

    @Test
    void garbage_is_rejected() {
        assertThat(tokens.verify("not a token")).isEmpty();
        assertThat(tokens.verify("a.b.c")).isEmpty();
        assertThat(tokens.verify("AAAA")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
    }
}
