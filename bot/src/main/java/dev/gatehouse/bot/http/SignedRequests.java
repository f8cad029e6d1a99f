package dev.gatehouse.bot.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.app_backend.SlackSignature;
import dev.gatehouse.engine.signals.RequestSignature;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * The gate in front of every signed endpoint — Slack's events, interactions and commands, the
 * signals API and the inbound-email API: an HMAC over the exact bytes received, a timestamp
 * within {@link #WINDOW} of this instance's clock <em>on either side</em> (a request signed in
 * the future is refused like a stale one), and a memory of the signatures accepted in that
 * window, so a captured request cannot be played again while its timestamp is still good.
 *
 * <p>The memory is per instance and in memory: a request replayed to another instance sharing
 * the database, or across a restart, is not recognised. That is acceptable because everything a
 * replay could repeat is settled in the database, not here: a decision is a conditional update
 * (a second approve finds the draft decided and sends nothing), signals are deduplicated by key,
 * inbound emails by Message-ID, events by id, and a pause or an autonomy change repeated changes
 * nothing. The memory stops the cheap replay against one instance and keeps every replay inside
 * the five-minute window.
 */
public final class SignedRequests {
    public static final Duration WINDOW = Duration.ofMinutes(5);
    /** Plenty for the window (over 300 signed requests a second); beyond it the oldest are forgotten first. */
    static final long REMEMBERED = 100_000;
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");

    /** How a sender signs: where the timestamp and signature travel, and the signature expected for a body. */
    public record Scheme(String name, String timestampHeader, String signatureHeader, Signer signer) {
        /** Slack's {@code v0} signature with the app's signing secret, over the raw bytes. */
        public static Scheme slack(String signingSecret) {
            var key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            // keyed once: looking up the provider and setting the key on every request costs more than the HMAC itself
            Mac keyed;
            try {
                keyed = Mac.getInstance(key.getAlgorithm());
                keyed.init(key);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            return new Scheme("slack", SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP,
                    SlackSignature.HeaderNames.X_SLACK_SIGNATURE, (timestamp, body) -> "v0=" + v0(keyed, timestamp, body));
        }

        private static String v0(Mac keyed, long timestamp, byte[] body) {
            try {
                var mac = (Mac) keyed.clone(); // a Mac is not thread-safe; a clone keeps the key
                mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(mac.doFinal(body));
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Gatehouse's own {@code v1} signature (the signals and inbound-email APIs), each with its secret. */
        public static Scheme gatehouse(String name, RequestSignature signature) {
            return new Scheme(name, "X-Gatehouse-Timestamp", "X-Gatehouse-Signature", signature::sign);
        }
    }

    @FunctionalInterface
    public interface Signer {
        String sign(long timestamp, byte[] body);
    }

    /** The outcome of {@link #check}. */
    public sealed interface Verdict {
        /** Signed, fresh, and not seen before (or a repeat the caller allowed); {@code key} is what was remembered, or null. */
        record Accepted(String key) implements Verdict {
        }

        /** Refused: answer 401 naming {@code field} (a header). */
        record Refused(String field, String error) implements Verdict {
        }
    }

    private final Clock clock;
    private final Cache<String, Boolean> seen;

    public SignedRequests(Clock clock, MeterRegistry meters) {
        this.clock = clock;
        // a timestamp stays acceptable from WINDOW before it to WINDOW after it: remember that long
        this.seen = Caffeine.newBuilder().maximumSize(REMEMBERED).expireAfterWrite(WINDOW.multipliedBy(2))
                .recordStats().build();
        CaffeineCacheMetrics.monitor(meters, seen, "signed_requests");
    }

    /** Checks a request's signature as {@code scheme} signs it; see {@link #check(Scheme, String, String, byte[], boolean)}. */
    public Verdict check(Scheme scheme, Context ctx, boolean repeatAllowed) {
        return check(scheme, ctx.header(scheme.timestampHeader()), ctx.header(scheme.signatureHeader()), ctx.bodyAsBytes(),
                repeatAllowed);
    }

    /**
     * @param repeatAllowed true when a second delivery of the same signed request is expected and
     *                      handled downstream (Slack's own retries of an event, deduplicated by
     *                      event id); the signature must still match and be fresh
     */
    public Verdict check(Scheme scheme, String timestampHeader, String signatureHeader, byte[] body, boolean repeatAllowed) {
        return check(scheme, timestampHeader, signatureHeader, timestamp -> scheme.signer().sign(timestamp, body), repeatAllowed);
    }

    /**
     * {@link #check(Scheme, String, String, byte[], boolean)} for a body too large to hold: {@code expected}
     * gives the signature computed over it as it streamed by, for the timestamp the header carries.
     */
    public Verdict check(Scheme scheme, String timestampHeader, String signatureHeader, LongFunction<String> expected,
                         boolean repeatAllowed) {
        var refused = refuseHeaders(scheme, timestampHeader, signatureHeader);
        if (refused.isPresent()) return refused.get();
        long timestamp = Long.parseLong(timestampHeader.trim());
        var given = signatureHeader.trim();
        if (!MessageDigest.isEqual(expected.apply(timestamp).getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            return new Verdict.Refused(scheme.signatureHeader(), "signature does not match");
        }
        var key = scheme.name() + ":" + given;
        if (seen.asMap().putIfAbsent(key, Boolean.TRUE) == null) return new Verdict.Accepted(key);
        if (repeatAllowed) return new Verdict.Accepted(null);
        return new Verdict.Refused(scheme.signatureHeader(), "this signed request was already received");
    }

    /** What the headers alone refuse (no signature, a malformed timestamp, or one outside the window), before any body is read. */
    public Optional<Verdict.Refused> refuseHeaders(Scheme scheme, String timestampHeader, String signatureHeader) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            return Optional.of(new Verdict.Refused(scheme.signatureHeader(), "missing signature"));
        }
        if (timestampHeader == null || !TIMESTAMP.matcher(timestampHeader.trim()).matches()) {
            return Optional.of(new Verdict.Refused(scheme.timestampHeader(), "missing or malformed timestamp (Unix seconds)"));
        }
        long timestamp = Long.parseLong(timestampHeader.trim());
        if (Math.abs(clock.instant().getEpochSecond() - timestamp) > WINDOW.toSeconds()) {
            return Optional.of(new Verdict.Refused(scheme.timestampHeader(), "timestamp is more than five minutes from now"));
        }
        return Optional.empty();
    }

    /** Forgets an accepted request, e.g. one whose handling failed. */
    void forget(Verdict verdict) {
        if (verdict instanceof Verdict.Accepted accepted && accepted.key() != null) seen.invalidate(accepted.key());
    }

    /**
     * Hands a request that passes {@link #check} to {@code handler}, and answers one that does not
     * with 401 naming the header at fault. When the handler fails (a 5xx), the request is forgotten,
     * so the sender's retry of that very request is not taken for a replay.
     */
    public void handle(Scheme scheme, Context ctx, boolean repeatAllowed, Consumer<Context> handler) {
        var verdict = check(scheme, ctx, repeatAllowed);
        if (verdict instanceof Verdict.Refused refused) {
            SignalsEndpoint.error(ctx, 401, refused.field(), refused.error());
            return;
        }
        try {
            handler.accept(ctx);
        } catch (RuntimeException e) {
            forget(verdict);
            throw e;
        }
    }
}
