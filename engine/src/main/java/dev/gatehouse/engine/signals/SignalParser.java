package dev.gatehouse.engine.signals;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validates signals posted as JSON: one object, an array, or {@code {"signals": [...]}}. Every
 * bad field of every item is reported, named, so a sender can fix them all in one go.
 */
public final class SignalParser {
    private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,253}$");
    public static final int MAX_SUMMARY = 2000;

    public record Parsed(List<SignalInput> signals, List<FieldError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Parsed parse(JsonNode root, Instant now) {
        var items = root.isArray() ? root : root.has("signals") ? root.get("signals") : null;
        var signals = new ArrayList<SignalInput>();
        var errors = new ArrayList<FieldError>();
        if (items == null) {
            parseItem(root, 0, now, signals, errors);
        } else if (!items.isArray()) {
            errors.add(new FieldError(0, "signals", "must be an array"));
        } else if (items.isEmpty()) {
            errors.add(new FieldError(0, "signals", "must not be empty"));
        } else {
            for (int i = 0; i < items.size(); i++) parseItem(items.get(i), i, now, signals, errors);
        }
        return new Parsed(signals, errors);
    }

    private void parseItem(JsonNode item, int index, Instant now, List<SignalInput> out, List<FieldError> errors) {
        if (item == null || !item.isObject()) {
            errors.add(new FieldError(index, "(item)", "must be a JSON object"));
            return;
        }
        int before = errors.size();
        var domain = text(item, "account_domain");
        if (domain == null) errors.add(new FieldError(index, "account_domain", "is required"));
        else if (!DOMAIN.matcher(domain.toLowerCase()).matches()) {
            errors.add(new FieldError(index, "account_domain", "is not a domain name like example.com"));
        }
        var kindText = text(item, "kind");
        var kind = SignalKind.fromWire(kindText);
        if (kindText == null) errors.add(new FieldError(index, "kind", "is required"));
        else if (kind.isEmpty()) {
            errors.add(new FieldError(index, "kind", "must be one of funding, hiring, job_change, product_usage, "
                    + "support_ticket, tech_adoption, news, intent (got '" + kindText + "')"));
        }
        var summary = text(item, "summary");
        if (summary == null) errors.add(new FieldError(index, "summary", "is required"));
        else if (summary.length() > MAX_SUMMARY) {
            errors.add(new FieldError(index, "summary", "is longer than " + MAX_SUMMARY + " characters"));
        }
        var url = text(item, "source_url");
        if (url != null && !isHttpUrl(url)) errors.add(new FieldError(index, "source_url", "must be an http(s) URL"));
        var email = text(item, "contact_email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError(index, "contact_email", "is not an email address"));
        }
        var observed = now;
        var observedText = text(item, "observed_at");
        if (observedText != null) {
            try {
                observed = OffsetDateTime.parse(observedText).toInstant();
                if (observed.isAfter(now.plusSeconds(3600))) {
                    errors.add(new FieldError(index, "observed_at", "is in the future"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(index, "observed_at", "must be an ISO-8601 time like 2026-11-02T09:30:00Z"));
            }
        }
        if (errors.size() > before) return;
        out.add(new SignalInput(domain.toLowerCase(), text(item, "account_name"), email == null ? null : email.toLowerCase(),
                kind.get(), summary, url, observed, text(item, "source"), text(item, "external_id")));
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null || value.isNull()) return null;
        var text = value.isValueNode() ? value.asText().trim() : null;
        return text == null || text.isEmpty() ? null : text;
    }

    private static boolean isHttpUrl(String url) {
        try {
            var uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
