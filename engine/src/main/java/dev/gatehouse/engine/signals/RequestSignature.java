package dev.gatehouse.engine.signals;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * HMAC-SHA256 request signing for {@code POST /api/signals}, the same scheme Slack uses:
 * {@code X-Gatehouse-Signature: v1=hex(hmac(secret, "v1:" + timestamp + ":" + body))} with the
 * Unix timestamp in {@code X-Gatehouse-Timestamp}. Requests older than five minutes are stale.
 */
public final class RequestSignature {
    public static final Duration MAX_AGE = Duration.ofMinutes(5);
    private final byte[] secret;

    public RequestSignature(String secret) {
        if (secret == null || secret.isBlank()) throw new IllegalArgumentException("a signing secret is required");
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(long timestamp, byte[] body) {
        var signing = signing(timestamp);
        signing.update(body, 0, body.length);
        return signing.signature();
    }

    /** The same signature over a body fed in pieces: one too large to hold in memory. */
    public Signing signing(long timestamp) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v1:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return new Signing(mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signature being computed: {@link #update} with the body's bytes in order, then {@link #signature()} once. */
    public static final class Signing {
        private final Mac mac;

        private Signing(Mac mac) {
            this.mac = mac;
        }

        public void update(byte[] bytes, int offset, int length) {
            mac.update(bytes, offset, length);
        }

        public String signature() {
            return "v1=" + HexFormat.of().formatHex(mac.doFinal());
        }
    }

    public boolean verify(String timestampHeader, String signatureHeader, byte[] body, Instant now) {
        if (timestampHeader == null || signatureHeader == null) return false;
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(MAX_AGE) > 0) return false;
        var expected = sign(timestamp, body).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signatureHeader.trim().getBytes(StandardCharsets.UTF_8));
    }
}
