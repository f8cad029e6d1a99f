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

    /** The same person at the account with id {@code id} (a contact read from a file knows only the domain). */
    public Contact atAccount(long id) {
        return new Contact(this.id, id, email, firstName, lastName, title, seniority, timeZone, roleStartedOn);
    }

    public String fullName() {
        return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
    }
}
