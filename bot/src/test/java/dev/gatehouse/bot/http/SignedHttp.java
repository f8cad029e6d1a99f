package dev.gatehouse.bot.http;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;

/**
 * Raw requests to a running bot's signed endpoints, signed the way each sender signs them (Slack:
 * {@code v0}, the signals and inbound-email APIs: {@code v1}), with any body, timestamp and secret,
 * so a test can forge, age, replay or alter them.
 */
public final class SignedHttp {
    public enum Scheme {
        SLACK("X-Slack-Request-Timestamp", "X-Slack-Signature", "v0"),
        GATEHOUSE("X-Gatehouse-Timestamp", "X-Gatehouse-Signature", "v1");

        final String timestampHeader;
        final String signatureHeader;
        final String version;

        Scheme(String timestampHeader, String signatureHeader, String version) {
            this.timestampHeader = timestampHeader;
            this.signatureHeader = signatureHeader;
            this.version = version;
        }
    }

    /** A signed endpoint: its path, how it is signed, with which secret, and the body's content type. */
    public record Endpoint(String name, String path, Scheme scheme, String secret, String contentType) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final Clock clock;

    /** {@code clock} is the bot's: a request signed "now" is signed at its time. */
    public SignedHttp(String baseUrl, Clock clock) {
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    public long now() {
        return clock.instant().getEpochSecond();
    }

    public static String sign(Scheme scheme, String secret, long timestamp, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((scheme.version + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return scheme.version + "=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed now with the endpoint's own secret. */
    public HttpResponse<String> post(Endpoint endpoint, byte[] body) throws Exception {
        return post(endpoint, body, now(), Map.of());
    }

    public HttpResponse<String> post(Endpoint endpoint, String body) throws Exception {
        return post(endpoint, body.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(Endpoint endpoint, byte[] body, long timestamp, Map<String, String> headers)
            throws Exception {
        return send(endpoint, body, Map.of(endpoint.scheme().timestampHeader, Long.toString(timestamp),
                endpoint.scheme().signatureHeader, sign(endpoint.scheme(), endpoint.secret(), timestamp, body)), headers);
    }

    /** The headers a signed request carries, to send again (a replay) or with another body (an alteration). */
    public Map<String, String> signatureHeaders(Endpoint endpoint, byte[] body, long timestamp, String secret) {
        return Map.of(endpoint.scheme().timestampHeader, Long.toString(timestamp),
                endpoint.scheme().signatureHeader, sign(endpoint.scheme(), secret, timestamp, body));
    }

    public HttpResponse<String> send(Endpoint endpoint, byte[] body, Map<String, String> signature,
                                     Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + endpoint.path()))
                .header("Content-Type", endpoint.contentType());
        signature.forEach(request::header);
        headers.forEach(request::header);
        return http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
