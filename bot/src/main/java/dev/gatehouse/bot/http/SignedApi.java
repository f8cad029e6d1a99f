package dev.gatehouse.bot.http;

import io.javalin.http.Context;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The door every signed JSON API of Gatehouse shares: off (503, naming the setting) without its
 * secret, a body over {@code maxBytes} refused (413, field {@code body}) before it is read, then
 * the signature, time window and replay check of {@link SignedRequests} before {@code next} runs.
 */
record SignedApi(Optional<SignedRequests.Scheme> scheme, SignedRequests signed, String off, long maxBytes, String tooLarge) {

    /** Answers the request: refused at the door, or handed to {@code next} once signed and fresh. */
    void handle(Context ctx, Consumer<Context> next) {
        if (scheme.isEmpty()) {
            SignalsEndpoint.json(ctx, 503, Map.of("error", off));
            return;
        }
        if (ctx.req().getContentLengthLong() > maxBytes || ctx.bodyAsBytes().length > maxBytes) {
            SignalsEndpoint.error(ctx, 413, "body", tooLarge);
            return;
        }
        signed.handle(scheme.get(), ctx, false, next);
    }
}
