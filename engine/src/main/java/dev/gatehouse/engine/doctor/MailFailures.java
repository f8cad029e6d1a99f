package dev.gatehouse.engine.doctor;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Plain advice for a failed SMTP or IMAP connection; {@code prefix} names the variables ({@code SMTP}, {@code IMAP}). */
final class MailFailures {
    private MailFailures() {
    }

    static String advise(MessagingException error, String prefix, String where, String ports) {
        var message = oneLine(error);
        if (find(error, AuthenticationFailedException.class)) {
            return where + " refused the login (" + message + ") -> check " + prefix + "_USERNAME and " + prefix
                    + "_PASSWORD (with two-step sign-in, use an app password)";
        }
        if (message.contains("STARTTLS is required")) {
            return where + " does not offer STARTTLS -> use the server's TLS port (465) or, on a trusted network only, "
                    + prefix + "_STARTTLS=false";
        }
        if (find(error, SSLException.class)) {
            return "TLS with " + where + " failed (" + message + ") -> is this a TLS port (" + ports + ")? Otherwise the "
                    + "server's certificate is not trusted by this Java or does not name " + prefix + "_HOST";
        }
        if (find(error, UnknownHostException.class)) {
            return where + ": no such host (" + message + ") -> check " + prefix + "_HOST";
        }
        if (find(error, ConnectException.class) || find(error, SocketTimeoutException.class)) {
            return "cannot connect to " + where + " (" + message + ") -> check " + prefix + "_HOST and " + prefix
                    + "_PORT (" + ports + ") and that no firewall blocks the port";
        }
        return where + ": " + message;
    }

    private static boolean find(Throwable error, Class<? extends Throwable> type) {
        for (Throwable e = error; e != null; e = next(e)) {
            if (type.isInstance(e)) return true;
        }
        return false;
    }

    private static Throwable next(Throwable e) {
        if (e instanceof MessagingException m && m.getNextException() != null) return m.getNextException();
        return e.getCause() == e ? null : e.getCause();
    }

    private static String oneLine(Throwable e) {
        return String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim();
    }
}
