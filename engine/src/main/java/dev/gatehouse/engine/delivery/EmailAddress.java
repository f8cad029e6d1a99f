package dev.gatehouse.engine.delivery;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Objects;

/** A mailbox address with an optional display name, e.g. {@code Ana Ruiz <ana@example.com>}. */
public record EmailAddress(String address, String displayName) {
    public EmailAddress {
        Objects.requireNonNull(address, "address");
        address = address.trim();
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1 || address.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>')) {
            throw new IllegalArgumentException("not an email address: '" + address + "'");
        }
        displayName = displayName == null || displayName.isBlank() ? null : displayName.trim();
    }

    public static EmailAddress of(String address) {
        return new EmailAddress(address, null);
    }

    /** Parses {@code "Name <a@b>"} or a bare {@code a@b}. */
    public static EmailAddress parse(String text) {
        try {
            InternetAddress parsed = new InternetAddress(Objects.requireNonNull(text, "text").trim(), true);
            return new EmailAddress(parsed.getAddress(), parsed.getPersonal());
        } catch (AddressException e) {
            throw new IllegalArgumentException("not an email address: '" + text + "'", e);
        }
    }

    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return displayName == null ? address : displayName + " <" + address + ">";
    }
}
