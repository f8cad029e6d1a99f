package dev.gatehouse.engine.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything stored about one customer that its health, alerts and renewal package are made of. */
public record CustomerFacts(Customer customer, List<UsageWeek> usage, List<Ticket> tickets, List<SurveyAnswer> surveys,
                            List<Person> people, List<ContactChange> changes) {
    public CustomerFacts {
        usage = List.copyOf(usage);
        tickets = List.copyOf(tickets);
        surveys = List.copyOf(surveys);
        people = List.copyOf(people);
        changes = List.copyOf(changes);
    }

    public record UsageWeek(long id, String metric, LocalDate weekStart, double value) {
        public Ref ref() {
            return new Ref("usage", id);
        }
    }

    public record Ticket(long id, String externalId, TicketSeverity severity, TicketStatus status, String subject,
                         Instant openedAt) {
        public boolean open() {
            return status == TicketStatus.OPEN || status == TicketStatus.PENDING;
        }

        public Ref ref() {
            return new Ref("ticket", id);
        }
    }

    public record SurveyAnswer(long id, Long contactId, SurveyKind kind, int score, String comment, Instant answeredAt) {
        public Ref ref() {
            return new Ref("survey", id);
        }
    }

    /** A contact of the customer, with the role recorded for them (null when none) and when they were last written to. */
    public record Person(long contactId, String name, String email, String title, CustomerRole role, Instant lastTouch) {
        public Ref ref() {
            return new Ref("contact", contactId);
        }
    }

    public record ContactChange(long id, long contactId, JobChange change, String newTitle, Instant observedAt) {
        public Ref ref() {
            return new Ref("job_change", id);
        }
    }

    /** The weeks of one metric, oldest first. */
    public List<UsageWeek> series(String metric) {
        return usage.stream().filter(u -> u.metric().equals(metric))
                .sorted(java.util.Comparator.comparing(UsageWeek::weekStart)).toList();
    }
}
