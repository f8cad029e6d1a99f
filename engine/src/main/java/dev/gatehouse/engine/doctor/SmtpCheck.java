package dev.gatehouse.engine.doctor;

import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.delivery.SmtpMailer;
import jakarta.mail.MessagingException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;

/** Opens an SMTP session the way sending does (EHLO, STARTTLS, AUTH) and closes it: nothing is sent. */
public final class SmtpCheck {
    private static final String NAME = "smtp";
    private static final String PORTS = "587 for STARTTLS, 465 for TLS";

    private SmtpCheck() {
    }

    public static Check check(MailConfig.Smtp smtp) {
        var where = smtp.host() + ":" + smtp.port();
        SmtpMailer.Handshake handshake;
        try {
            handshake = new SmtpMailer(smtp, Clock.systemUTC()).probe();
        } catch (MessagingException e) {
            return Check.fail(NAME, MailFailures.advise(e, "SMTP", where, PORTS));
        }
        if (smtp.authenticates() && !handshake.authenticated()) {
            return Check.warn(NAME, where + " offers no AUTH, so SMTP_USERNAME was not used -> a relay that trusts this "
                    + "machine needs no login (unset both); otherwise use the provider's submission port (587)");
        }
        if (!handshake.encrypted() && !loopback(smtp.host())) {
            return Check.warn(NAME, where + " answered, but the connection is not encrypted: the password and every email "
                    + "cross the network in clear -> use STARTTLS (SMTP_STARTTLS=true, port 587) or TLS (port 465)");
        }
        if (!qualified(handshake.ehloName())) {
            return Check.warn(NAME, where + " answered, but this machine greets it as EHLO " + handshake.ehloName()
                    + ": receiving servers score a greeting that is not a full domain name as spam -> set SMTP_HELO_NAME "
                    + "to a name of this server in your sending domain");
        }
        return Check.ok(NAME, where + " answered EHLO " + handshake.ehloName() + (handshake.encrypted() ? " over TLS" : "")
                + (handshake.authenticated() ? ", logged in as " + smtp.username() : "") + "; nothing was sent");
    }

    /** A name receivers accept in EHLO: dotted, not localhost (an address literal counts as qualified). */
    static boolean qualified(String ehloName) {
        var name = ehloName == null ? "" : ehloName.trim().toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith("[")) return true;
        return name.contains(".") && !name.equals("localhost.localdomain") && !name.startsWith("localhost.");
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
