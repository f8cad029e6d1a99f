package dev.gatehouse.engine.signals;

import org.apache.commons.codec.digest.DigestUtils;
import java.time.Instant;
import java.util.Objects;

/**
 * A signal as it arrives from outside (API, CSV, Slack), before it is tied to stored ids.
 * The dedupe key is {@code source:externalId} when both are given, else a hash of the content.
 */
public record SignalInput(String accountDomain, String accountName, String contactEmail, SignalKind kind,
                          String summary, String sourceUrl, Instant observedAt, String source, String externalId) {
    public SignalInput {
        Objects.requireNonNull(accountDomain, "accountDomain");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(observedAt, "observedAt");
    }

    public String dedupeKey() {
        if (source != null && !source.isBlank() && externalId != null && !externalId.isBlank()) {
            return truncate(source.trim() + ":" + externalId.trim());
        }
        return "sha256:" + DigestUtils.sha256Hex(accountDomain.toLowerCase() + "|" + kind.wire() + "|"
                + summary.trim() + "|" + (sourceUrl == null ? "" : sourceUrl.trim()));
    }

    private static String truncate(String key) {
        return key.length() <= 200 ? key : "sha256:" + DigestUtils.sha256Hex(key);
    }
}
