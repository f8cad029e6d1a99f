package dev.gatehouse.bot.http;

import dev.gatehouse.engine.signals.RequestSignature;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The signature check every signed endpoint shares, on a fixed clock. */
class SignedRequestsTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final byte[] BODY = "{\"kind\":\"news\"}".getBytes(StandardCharsets.UTF_8);
    private final RequestSignature secret = new RequestSignature("a-secret-for-the-unit-test");
    private final SignedRequests.Scheme scheme = SignedRequests.Scheme.gatehouse("test", secret);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SignedRequests signed = new SignedRequests(Clock.fixed(NOW, ZoneOffset.UTC), meters);

    private SignedRequests.Verdict check(long timestamp) {
        return signed.check(scheme, Long.toString(timestamp), secret.sign(timestamp, BODY), BODY, false);
    }

    @ParameterizedTest
    @ValueSource(longs = {-300, -1, 0, 1, 300})
    void a_timestamp_within_five_minutes_either_side_is_accepted(long offset) {
        assertThat(check(NOW.getEpochSecond() + offset)).isInstanceOf(SignedRequests.Verdict.Accepted.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {-301, 301, 3600, 365L * 24 * 3600, -365L * 24 * 3600})
    void a_timestamp_further_either_side_is_refused_naming_the_timestamp(long offset) {
        assertThat(check(NOW.getEpochSecond() + offset)).isEqualTo(new SignedRequests.Verdict.Refused("X-Gatehouse-Timestamp",
                "timestamp is more than five minutes from now"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-5", "1.5", "99999999999999999999", "17e8"})
    void a_malformed_timestamp_is_refused_not_a_crash(String timestamp) {
        var verdict = signed.check(scheme, timestamp, "v1=00", BODY, false);

        assertThat(verdict).isInstanceOfSatisfying(SignedRequests.Verdict.Refused.class,
                r -> assertThat(r.field()).isEqualTo("X-Gatehouse-Timestamp"));
    }

    @Test
    void a_missing_or_wrong_signature_is_refused_naming_the_signature() {
        var ts = NOW.getEpochSecond();

        assertThat(signed.check(scheme, Long.toString(ts), null, BODY, false)).isInstanceOfSatisfying(
                SignedRequests.Verdict.Refused.class, r -> assertThat(r.field()).isEqualTo("X-Gatehouse-Signature"));
        assertThat(signed.check(scheme, Long.toString(ts), new RequestSignature("another-secret").sign(ts, BODY), BODY, false))
                .isEqualTo(new SignedRequests.Verdict.Refused("X-Gatehouse-Signature", "signature does not match"));
    }

    @Test
    void the_same_signed_request_twice_is_a_replay() {
        var ts = NOW.getEpochSecond();

        assertThat(check(ts)).isInstanceOf(SignedRequests.Verdict.Accepted.class);
        assertThat(check(ts)).isEqualTo(new SignedRequests.Verdict.Refused("X-Gatehouse-Signature",
                "this signed request was already received"));
        assertThat(check(ts + 1)).isInstanceOf(SignedRequests.Verdict.Accepted.class);
    }

    @Test
    void a_repeat_the_caller_expects_passes_and_remembers_nothing_more() {
        var ts = NOW.getEpochSecond();
        check(ts);

        var retry = signed.check(scheme, Long.toString(ts), secret.sign(ts, BODY), BODY, true);

        assertThat(retry).isEqualTo(new SignedRequests.Verdict.Accepted(null));
    }

    @Test
    void a_request_whose_handling_failed_is_forgotten_so_its_retry_is_no_replay() {
        var ts = NOW.getEpochSecond();
        var first = check(ts);

        signed.forget(first);

        assertThat(check(ts)).isInstanceOf(SignedRequests.Verdict.Accepted.class);
    }

    @Test
    void slack_signs_the_raw_bytes_with_v0() {
        var slack = SignedRequests.Scheme.slack("8f742231b10e8888abcd99yyyzzz85a5");
        var ts = NOW.getEpochSecond();
        var body = "payload=%7B%7D".getBytes(StandardCharsets.UTF_8);

        var signature = slack.signer().sign(ts, body);

        assertThat(signature).isEqualTo(dev.gatehouse.bot.slack.SlackRequests.signature("8f742231b10e8888abcd99yyyzzz85a5", ts,
                "payload=%7B%7D"));
        assertThat(signed.check(slack, Long.toString(ts), signature, body, false)).isInstanceOf(SignedRequests.Verdict.Accepted.class);
    }

    @Test
    void the_memory_is_a_bounded_cache_reported_with_the_others() {
        assertThat(meters.find("cache.size").tag("cache", "signed_requests").gauge()).isNotNull();
        assertThat(SignedRequests.REMEMBERED).isPositive();
    }
}
