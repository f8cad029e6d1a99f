package dev.gatehouse.engine.customers;

import dev.gatehouse.engine.signals.FieldError;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one item of customer data from its named fields (a JSON object's members or a CSV row's
 * cells), checking every field at once: each bad one is a {@link FieldError} naming it, and an item
 * with any is refused whole. Text must fit its column and hold no NUL. Pure.
 */
public final class CustomerParser {
    /** Every field an item may have, with the most characters each holds (its column's size). */
    public static final Map<String, Integer> FIELDS = Map.ofEntries(Map.entry("type", 20),
            Map.entry("account_domain", 253), Map.entry("name", 200), Map.entry("arr", 20), Map.entry("plan", 100),
            Map.entry("seats", 10), Map.entry("contract_start", 10), Map.entry("renewal_date", 10),
            Map.entry("csm_slack_id", 32), Map.entry("contact_email", 320), Map.entry("first_name", 100),
            Map.entry("last_name", 100), Map.entry("title", 200), Map.entry("role", 20), Map.entry("metric", 100),
            Map.entry("value", 30), Map.entry("period", 10), Map.entry("external_id", 200), Map.entry("severity", 10),
            Map.entry("status", 10), Map.entry("subject", 500), Map.entry("body", 100_000), Map.entry("survey", 4),
            Map.entry("score", 3), Map.entry("comment", 10_000), Map.entry("change", 10), Map.entry("observed_at", 40));
    static final String TYPES = "customer, contact, usage, ticket, survey, job_change";
    private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,253}$");
    private static final Pattern SLACK_ID = Pattern.compile("^[UWS][A-Z0-9]{2,31}$");

    /** The item, or null with its problems added to {@code errors}. */
    public CustomerInput parse(int index, Function<String, String> raw, Instant now, List<FieldError> errors) {
        var f = new Fields(index, raw, errors);
        var domain = f.domain();
        var type = f.required("type");
        CustomerInput input = type == null ? null : switch (type.strip().toLowerCase()) {
            case "customer" -> new CustomerInput.Customer(domain, f.text("name"), f.arr(), f.text("plan"),
                    f.integer("seats", 0, 10_000_000, false), f.date("contract_start", false),
                    f.date("renewal_date", false), f.slackId());
            case "contact" -> new CustomerInput.ContactRole(domain, f.email(true), f.text("first_name"),
                    f.text("last_name"), f.text("title"), f.choice("role", CustomerRole.class));
            case "usage" -> new CustomerInput.Usage(domain, f.required("metric"), f.number("value"),
                    orToday(f.date("period", false), now));
            case "ticket" -> new CustomerInput.Ticket(domain, f.required("external_id"),
                    f.choice("severity", TicketSeverity.class), f.choice("status", TicketStatus.class),
                    f.required("subject"), f.text("body"), f.instant(now));
            case "survey" -> survey(f, domain, now);
            case "job_change" -> new CustomerInput.JobChangeInput(domain, f.email(true),
                    f.choice("change", JobChange.class), f.text("title"), f.instant(now));
            default -> {
                f.error("type", "must be one of " + TYPES + " (got '" + type + "')");
                yield null;
            }
        };
        return f.ok() ? input : null;
    }

    private static CustomerInput survey(Fields f, String domain, Instant now) {
        var kind = f.choice("survey", SurveyKind.class);
        var score = kind == SurveyKind.CSAT ? f.integer("score", 1, 5, true) : f.integer("score", 0, 10, true);
        return new CustomerInput.Survey(domain, f.required("external_id"), kind, score == null ? 0 : score,
                f.text("comment"), f.email(false), f.instant(now));
    }

    private static LocalDate orToday(LocalDate date, Instant now) {
        return date == null ? LocalDate.ofInstant(now, java.time.ZoneOffset.UTC) : date;
    }

    /** One item's fields and the errors found in them. */
    private static final class Fields {
        private final int index;
        private final Function<String, String> raw;
        private final List<FieldError> errors;
        private final int before;

        Fields(int index, Function<String, String> raw, List<FieldError> errors) {
            this.index = index;
            this.raw = raw;
            this.errors = errors;
            this.before = errors.size();
        }

        boolean ok() {
            return errors.size() == before;
        }

        void error(String field, String problem) {
            errors.add(new FieldError(index, field, problem));
        }

        /** The field's text, stripped; null when absent or blank, or when it cannot be stored (an error). */
        String text(String field) {
            var value = raw.apply(field);
            if (value == null || value.isBlank()) return null;
            value = value.strip();
            if (value.indexOf('\0') >= 0) error(field, "contains a NUL character");
            else if (value.codePointCount(0, value.length()) > FIELDS.get(field)) {
                error(field, "is longer than " + FIELDS.get(field) + " characters");
            } else return value;
            return null;
        }

        String required(String field) {
            var value = raw.apply(field);
            if (value == null || value.isBlank()) {
                error(field, "is required");
                return null;
            }
            return text(field);
        }

        String domain() {
            var value = required("account_domain");
            if (value == null) return null;
            value = value.toLowerCase();
            if (!DOMAIN.matcher(value).matches()) error("account_domain", "is not a domain name like example.com");
            return value;
        }

        String email(boolean required) {
            var value = required ? required("contact_email") : text("contact_email");
            if (value != null && !EMAIL.matcher(value).matches()) error("contact_email", "is not an email address");
            return value == null ? null : value.toLowerCase();
        }

        String slackId() {
            var value = text("csm_slack_id");
            if (value != null && !SLACK_ID.matcher(value).matches()) {
                error("csm_slack_id", "is not a Slack user or user group id like U012ABCDEF");
            }
            return value;
        }

        <E extends Enum<E> & Wired> E choice(String field, Class<E> type) {
            var value = required(field);
            if (value == null) return null;
            var parsed = Wired.parse(type, value);
            if (parsed.isEmpty()) error(field, "must be one of " + Wired.choices(type) + " (got '" + value + "')");
            return parsed.orElse(null);
        }

        BigDecimal arr() {
            var value = required("arr");
            if (value == null) return null;
            try {
                var arr = new BigDecimal(value.replace(",", "").replace("$", ""));
                if (arr.signum() < 0 || arr.precision() - arr.scale() > 12) error("arr", "must be between 0 and 999999999999");
                else return arr.setScale(2, java.math.RoundingMode.HALF_UP);
            } catch (NumberFormatException e) {
                error("arr", "is not a number (annual recurring revenue, e.g. 48000)");
            }
            return null;
        }

        double number(String field) {
            var value = required(field);
            if (value == null) return 0;
            try {
                var number = Double.parseDouble(value);
                if (Double.isFinite(number) && Math.abs(number) < 1e15) return number;
            } catch (NumberFormatException e) {
                // reported below
            }
            error(field, "is not a number");
            return 0;
        }

        Integer integer(String field, int min, int max, boolean required) {
            var value = required ? required(field) : text(field);
            if (value == null) return null;
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) return number;
            } catch (NumberFormatException e) {
                // reported below
            }
            error(field, "must be a whole number from " + min + " to " + max);
            return null;
        }

        LocalDate date(String field, boolean required) {
            var value = required ? required(field) : text(field);
            if (value == null) return null;
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                error(field, "is not a date like 2026-11-30");
                return null;
            }
        }

        Instant instant(Instant now) {
            var value = text("observed_at");
            if (value == null) return now;
            try {
                var at = OffsetDateTime.parse(value).toInstant();
                if (at.isAfter(now.plusSeconds(3600))) error("observed_at", "is in the future");
                return at;
            } catch (DateTimeParseException e) {
                error("observed_at", "is not a time like 2026-11-02T09:30:00Z");
                return null;
            }
        }
    }
}
