package dev.gatehouse.engine.delivery;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The footer every outgoing email ends with: the sender's physical postal address and a visible
 * way to opt out, as CAN-SPAM requires. It is added when the email is handed to the mail server,
 * after the writer and after any edit, so no draft or edit can drop it. {@code template} may use
 * {@code {postal_address}} (required) and {@code {unsubscribe_url}} (the one-click link of this
 * email); it must offer a way out (the link, or the word "unsubscribe").
 */
public record Footer(String template, String postalAddress) {
    public static final String POSTAL = "{postal_address}";
    public static final String LINK = "{unsubscribe_url}";
    public static final String DEFAULT_TEMPLATE = POSTAL
            + "\nNot interested? Reply \"unsubscribe\" or open " + LINK + " and you will not hear from us again.";
    /** The standard signature separator: mail clients show what follows as a footer and quote it less. */
    private static final String SEPARATOR = "\n\n-- \n";

    public Footer {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(postalAddress, "postalAddress");
        if (postalAddress.isBlank()) throw new IllegalArgumentException("a postal address is required");
        var problem = problem(template);
        if (problem != null) throw new IllegalArgumentException(problem);
        postalAddress = postalAddress.strip();
    }

    /** What is wrong with a footer template, or null when it is usable. */
    public static String problem(String template) {
        if (!template.contains(POSTAL)) return "must contain " + POSTAL;
        if (!template.contains(LINK) && !template.toLowerCase(Locale.ROOT).contains("unsubscribe")) {
            return "must offer a way to opt out: " + LINK + " or the word \"unsubscribe\"";
        }
        return null;
    }

    /** The template as written in an environment variable: {@code \n} stands for a line break. */
    public static String unescape(String configured) {
        return configured.replace("\\n", "\n");
    }

    public String render(URI unsubscribeUrl) {
        return template.replace(POSTAL, postalAddress)
                .replace(LINK, unsubscribeUrl == null ? "" : unsubscribeUrl.toASCIIString()).strip();
    }

    /** The body as sent: the text as approved, then the footer. */
    public String appendTo(String body, URI unsubscribeUrl) {
        return body.stripTrailing() + SEPARATOR + render(unsubscribeUrl);
    }
}
