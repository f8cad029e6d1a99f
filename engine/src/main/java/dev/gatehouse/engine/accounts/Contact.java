package dev.gatehouse.engine.accounts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** A person at an account. The time zone drives send windows; the role start date, tenure. */
public record Contact(long id, long accountId, String email, String firstName, String lastName,
                      String title, String seniority, ZoneId timeZone, LocalDate roleStartedOn) {
    public Contact {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(firstName, "firstName");
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
    }

    public String fullName() {
        return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
    }
}
