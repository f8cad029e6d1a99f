package dev.gatehouse.bot.http;

import dev.gatehouse.engine.replies.ingest.InboundMessage;
import dev.gatehouse.engine.signals.FieldError;
import dev.gatehouse.engine.signals.SignalInput;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the API endpoints refuse before anything reaches the database: text longer than the
 * column it is stored in (the sizes are the migrations'), a NUL character (PostgreSQL cannot
 * store one in text), and a time PostgreSQL cannot hold or no signal can have. Each problem
 * names the field as the sender wrote it.
 */
final class EdgeLimits {
    /** The earliest {@code observed_at} taken: older is a mistake (or beyond PostgreSQL's range). */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Map<String, Integer> SIGNAL_COLUMNS = Map.of(
            "account_domain", 253, // accounts.domain
            "account_name", 200, // accounts.name
            "contact_email", 320, // contacts.email
            "source_url", 2048); // signals.source_url
    private static final Map<String, Integer> EMAIL_COLUMNS = Map.of(
            "from", 320, // replies.from_address
            "subject", 994, // replies.subject is 998: room for the "Re: " of an answer, a touch whose subject is 998 too
            "message_id", 255, // replies.message_id
            "in_reply_to", 255); // replies.in_reply_to

    private EdgeLimits() {
    }

    /** The problems of signals the parser accepted, indexed by their position in the request. */
    static List<FieldError> signals(List<SignalInput> inputs) {
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < inputs.size(); i++) {
            var input = inputs.get(i);
            var fields = named("account_domain", input.accountDomain(), "account_name", input.accountName(),
                    "contact_email", input.contactEmail(), "summary", input.summary(), "source_url", input.sourceUrl(),
                    "source", input.source(), "external_id", input.externalId());
            check(i, fields, SIGNAL_COLUMNS).ifPresent(errors::add);
            if (input.observedAt().isBefore(EARLIEST)) {
                errors.add(new FieldError(i, "observed_at", "is before " + EARLIEST));
            }
        }
        return errors;
    }

    /** The first problem of an inbound email, if it has one. */
    static Optional<FieldError> email(InboundMessage message) {
        var fields = named("from", message.from(), "subject", message.subject(), "message_id", message.messageId(),
                "in_reply_to", message.inReplyTo(), "text", message.fullText(), "to", String.join(",", message.to()),
                "references", String.join(" ", message.references()));
        message.headers().forEach((name, values) -> fields.merge("headers", name + String.join("", values), String::concat));
        return check(0, fields, EMAIL_COLUMNS);
    }

    /** Field names and their values, alternating, in order. */
    private static Map<String, String> named(String... namesAndValues) {
        var fields = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) fields.put(namesAndValues[i], namesAndValues[i + 1]);
        return fields;
    }

    private static Optional<FieldError> check(int index, Map<String, String> fields, Map<String, Integer> columns) {
        for (var field : fields.entrySet()) {
            var value = field.getValue();
            if (value == null) continue;
            if (value.indexOf('\0') >= 0) return Optional.of(new FieldError(index, field.getKey(), "contains a NUL character"));
            var max = columns.get(field.getKey());
            if (max != null && value.length() > max) {
                return Optional.of(new FieldError(index, field.getKey(), "is longer than " + max + " characters"));
            }
        }
        return Optional.empty();
    }
}
