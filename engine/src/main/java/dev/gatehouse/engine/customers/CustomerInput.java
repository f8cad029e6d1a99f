package dev.gatehouse.engine.customers;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * One item of customer data, as the signed API and the customer CSV carry it (its {@code type}):
 * the customer itself, a contact's role, a week of a usage metric, a support ticket, a survey
 * answer, or a contact's job change. Parsed and checked by {@link CustomerParser}.
 */
public sealed interface CustomerInput {
    /** The customer account's domain, lower case. */
    String domain();

    record Customer(String domain, String name, BigDecimal arr, String plan, Integer seats, LocalDate contractStart,
                    LocalDate renewalDate, String csmSlackId) implements CustomerInput {
    }

    record ContactRole(String domain, String email, String firstName, String lastName, String title,
                       CustomerRole role) implements CustomerInput {
    }

    /** One metric's value for one week; {@code weekStart} is the Monday of the week the period falls in. */
    record Usage(String domain, String metric, double value, LocalDate weekStart) implements CustomerInput {
        public Usage {
            weekStart = week(weekStart);
        }
    }

    record Ticket(String domain, String externalId, TicketSeverity severity, TicketStatus status, String subject,
                  String body, Instant openedAt) implements CustomerInput {
    }

    record Survey(String domain, String externalId, SurveyKind kind, int score, String comment, String contactEmail,
                  Instant answeredAt) implements CustomerInput {
    }

    record JobChangeInput(String domain, String contactEmail, JobChange change, String newTitle, Instant observedAt)
            implements CustomerInput {
    }

    /** The Monday starting the ISO week {@code day} is in: usage, health and digests are kept per such week. */
    static LocalDate week(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
