package dev.gatehouse.engine.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A stored customer: an account with a contract. {@code csmSlackId} is null until one is named. */
public record Customer(long accountId, String domain, String name, BigDecimal arr, String plan, Integer seats,
                       LocalDate contractStart, LocalDate renewalDate, String csmSlackId) {
    public Customer {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(arr, "arr");
    }

    /** Days from {@code day} to the renewal date (negative once past), or null without one. */
    public Long daysToRenewal(LocalDate day) {
        return renewalDate == null ? null : ChronoUnit.DAYS.between(day, renewalDate);
    }

    public java.util.Optional<Long> daysToRenewalFrom(LocalDate day) {
        return java.util.Optional.ofNullable(daysToRenewal(day));
    }
}
