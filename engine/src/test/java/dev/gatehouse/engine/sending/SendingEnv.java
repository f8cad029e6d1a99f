package dev.gatehouse.engine.sending;

import com.icegreen.greenmail.base.GreenMailOperations;

import java.util.HashMap;
import java.util.Map;

/** The mail settings a test runs Gatehouse with: GreenMail's SMTP, sending at any hour, no spacing or jitter. */
public final class SendingEnv {
    /** The sender's postal address every email's footer carries (required for sending). */
    public static final String POSTAL_ADDRESS = "Ledgerline Ltd, 12 Quay Street, Bristol BS1 4DJ, UK";

    private SendingEnv() {
    }

    /** {@code MAIL_FROM}, e.g. {@code "Ari Lund <ari@gatehouse.example>"}; {@code publicUrl} for the unsubscribe links. */
    public static Map<String, String> smtp(GreenMailOperations mail, String mailFrom, String publicUrl) {
        var env = new HashMap<String, String>();
        env.putAll(Map.of(
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", Integer.toString(mail.getSmtp().getPort()),
                "SMTP_STARTTLS", "false",
                "MAIL_FROM", mailFrom,
                "GATEHOUSE_PUBLIC_URL", publicUrl,
                "GATEHOUSE_UNSUBSCRIBE_SECRET", "unsubscribe-secret-for-tests-0123456789abcdef",
                "SEND_DAYS", "MON-SUN",
                "SEND_WINDOW_START", "00:00",
                "SEND_WINDOW_END", "23:59",
                "SEND_MIN_SPACING_SECONDS", "0"));
        env.put("SEND_JITTER_SECONDS", "0");
        env.put("GATEHOUSE_POSTAL_ADDRESS", POSTAL_ADDRESS);
        return env;
    }
}
