package dev.gatehouse.engine.delivery;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, URL-safe unsubscribe tokens: {@code base64url(0x02 | nonce | AES-256-GCM("issuedAt|email"))}
 * under a key derived from the unsubscribe secret. Nothing about the recipient can be read from
 * a token, two tokens for one address look unrelated, and a changed token fails authentication.
 * Tokens do not expire: an unsubscribe link must keep working for as long as the email sits in
 * someone's inbox — which is also why the first format ({@code base64url("v1|issuedAt|email") "."
 * base64url(HMAC-SHA256)}, readable) is still honoured: links in mail sent before stay valid.
 * Acting on a token twice is the caller's business (the suppression insert ignores duplicates).
 */
public final class UnsubscribeTokens {
    private static final byte VERSION = 2;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "gatehouse unsubscribe token v2".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec legacyKey;
    private final SecretKeySpec key;
    private final Clock clock;

    public UnsubscribeTokens(Secret secret, Clock clock) {
        this.legacyKey = new SecretKeySpec(Objects.requireNonNull(secret, "secret").value()
                .getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.key = new SecretKeySpec(hmac(legacyKey, CONTEXT), "AES");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String issue(String email) {
        String normalized = EmailAddress.of(email).address().toLowerCase(Locale.ROOT);
        byte[] plain = (clock.instant().getEpochSecond() + "|" + normalized).getBytes(StandardCharsets.UTF_8);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = gcm(Cipher.ENCRYPT_MODE, nonce, plain);
        return ENCODER.encodeToString(ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                .put(VERSION).put(nonce).put(sealed).array());
    }

    /** The email the token was issued for, or empty when it is malformed or fails authentication. */
    public Optional<String> verify(String token) {
        if (token == null || token.isEmpty() || token.length() > 1024) return Optional.empty();
        try {
            return token.indexOf('.') >= 0 ? verifyLegacy(token) : open(DECODER.decode(token));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    /** The address behind the token in an unsubscribe email's subject ({@link UnsubscribeLinks#mailto}), if valid. */
    public Optional<String> inSubject(String subject) {
        return UnsubscribeLinks.tokenInSubject(subject).flatMap(this::verify);
    }

    private Optional<String> open(byte[] token) throws GeneralSecurityException {
        if (token.length < 1 + NONCE_BYTES + TAG_BITS / 8 || token[0] != VERSION) return Optional.empty();
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, token, 1, NONCE_BYTES));
        cipher.updateAAD(CONTEXT);
        byte[] plain = cipher.doFinal(token, 1 + NONCE_BYTES, token.length - 1 - NONCE_BYTES);
        return address(new String(plain, StandardCharsets.UTF_8).split("\\|", 2), 0);
    }

    private Optional<String> verifyLegacy(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) return Optional.empty();
        byte[] payload = DECODER.decode(token.substring(0, dot));
        byte[] signature = DECODER.decode(token.substring(dot + 1));
        if (!MessageDigest.isEqual(hmac(legacyKey, payload), signature)) return Optional.empty();
        String[] fields = new String(payload, StandardCharsets.UTF_8).split("\\|", 3);
        if (fields.length != 3 || !"v1".equals(fields[0])) return Optional.empty();
        return address(fields, 1);
    }

    /** The address after the issue time at {@code fields[at]}; empty when the fields do not have that shape. */
    private static Optional<String> address(String[] fields, int at) {
        if (fields.length != at + 2) return Optional.empty();
        Long.parseLong(fields[at]);
        return Optional.of(fields[at + 1]);
    }

    private byte[] gcm(int mode, byte[] nonce, byte[] input) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(CONTEXT);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private static byte[] hmac(SecretKeySpec key, byte[] input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
