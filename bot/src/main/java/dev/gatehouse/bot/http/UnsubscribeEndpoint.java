package dev.gatehouse.bot.http;

import dev.gatehouse.engine.Unsubscribes;
import io.javalin.http.Context;

/**
 * {@code GET|POST /u/{token}}: one-click unsubscribe (RFC 8058). Mail clients POST
 * {@code List-Unsubscribe=One-Click}; a person clicking the link gets a page with one button
 * (a GET never unsubscribes, so link scanners cannot). Idempotent; takes effect at once, and the
 * contact's sequences stop.
 */
public final class UnsubscribeEndpoint {
    private final Unsubscribes unsubscribes;

    public UnsubscribeEndpoint(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    public void handle(Context ctx) {
        var token = ctx.pathParam("token");
        var email = unsubscribes.recipient(token);
        if (email.isEmpty()) {
            page(ctx, 404, "Link not recognised", "This unsubscribe link is not valid. Reply to the email with "
                    + "\"unsubscribe\" and we will remove you by hand.");
            return;
        }
        if (ctx.method().name().equals("GET")) {
            page(ctx, 200, "Unsubscribe", "<form method=\"post\"><p>Stop all emails to "
                    + escape(email.get()) + "?</p><button type=\"submit\">Unsubscribe</button></form>");
            return;
        }
        unsubscribes.unsubscribe(token);
        page(ctx, 200, "Unsubscribed", "You will not receive further emails from us at " + escape(email.get()) + ".");
    }

    private static void page(Context ctx, int status, String title, String body) {
        ctx.status(status).contentType("text/html; charset=utf-8").result("<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<title>" + title + "</title></head><body><h1>" + title + "</h1><p>" + body + "</p></body></html>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
