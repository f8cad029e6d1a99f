package dev.gatehouse.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(
            new Secret("an-unsubscribe-secret-of-32-chars!!"), CLOCK);

    @Test
    void token_round_trips_to_the_lower_cased_email() {
        String token = tokens.issue("Mara.Lind@Prospect.test");

        assertThat(tokens.verify(token)).contains("mara.lind@prospect.test");
    }

    @Test
    void token_is_url_safe() {
        assertThat(tokens.issue("mara+sales@prospect.test")).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void tampered_payload_is_rejected() {
        String token = tokens.issue("mara@prospect.test");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("v1|1772442000|ceo@prospect.test".getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.verify(forgedPayload + token.substring(token.indexOf('.')))).isEmpty();
    }

    @Test
    void flipped_signature_character_is_rejected() {
        String token = tokens.issue("mara@prospect.test");
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(tokens.verify(tampered)).isEmpty();
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
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
    }
}
