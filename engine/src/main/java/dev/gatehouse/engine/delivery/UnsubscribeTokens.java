package dev.gatehouse.engine.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, URL-safe unsubscribe tokens: {@code base64url("v1|issuedAtEpochSeconds|email") "."
 * base64url(HMAC-SHA256)}. Tokens do not expire: an unsubscribe link must keep working for as
 * long as the email sits in someone's inbox. Acting on a token twice is the caller's business
 * (the suppression insert ignores duplicates).
 */
public final class UnsubscribeTokens {
    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;

    public UnsubscribeTokens(Secret secret, Clock clock) {
        this.key = new SecretKeySpec(Objects.requireNonNull(secret, "secret").value()
                .getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String issue(String email) {
        String normalized = EmailAddress.of(email).address().toLowerCase(Locale.ROOT);
        String payload = VERSION + "|" + clock.instant().getEpochSecond() + "|" + normalized;
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payloadBytes) + "." + ENCODER.encodeToString(mac(payloadBytes));
    }

    /** The email the token was issued for, or empty when it is malformed or its signature fails. */
    public Optional<String> verify(String token) {
        if (token == null || token.length() > 1024) return Optional.empty();
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) return Optional.empty();
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) return Optional.empty();
            String[] fields = new String(payload, StandardCharsets.UTF_8).split("\\|", 3);
            if (fields.length != 3 || !VERSION.equals(fields[0])) return Optional.empty();
            Long.parseLong(fields[1]);
            return Optional.of(fields[2]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
