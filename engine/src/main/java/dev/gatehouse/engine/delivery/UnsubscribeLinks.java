package dev.gatehouse.engine.delivery;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the two List-Unsubscribe targets for a recipient: the one-click HTTPS link served at
 * {@code GET|POST /u/{token}}, and a mailto to our own mailbox whose subject carries the token, so
 * an unsubscribe email can be honoured without reading its body.
 */
public final class UnsubscribeLinks {
    /** An opaque token, or one of the first format ({@code payload.signature}); linear on "unsubscribe-unsubscribe-…". */
    private static final Pattern SUBJECT_TOKEN = Pattern.compile(
            "(?<![A-Za-z0-9_-])unsubscribe-([A-Za-z0-9_-]++(?:\\.[A-Za-z0-9_-]++)?)");

    private final URI publicUrl;
    private final EmailAddress mailbox;
    private final UnsubscribeTokens tokens;

    public UnsubscribeLinks(URI publicUrl, EmailAddress mailbox, UnsubscribeTokens tokens) {
        this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
        this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    public URI url(String recipient) {
        String base = publicUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/u/" + tokens.issue(recipient));
    }

    public URI mailto(String recipient) {
        return URI.create("mailto:" + mailbox.address() + "?subject=unsubscribe-" + tokens.issue(recipient));
    }

    /** The token in the subject of an email sent through {@link #mailto}, if there is one. */
    public static Optional<String> tokenInSubject(String subject) {
        if (subject == null) return Optional.empty();
        Matcher m = SUBJECT_TOKEN.matcher(subject);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
