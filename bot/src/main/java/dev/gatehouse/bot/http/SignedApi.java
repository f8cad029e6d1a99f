package dev.gatehouse.bot.http;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The door every signed JSON API of Gatehouse shares: off (503, naming the setting) without its
 * secret, a body over {@code maxBytes} refused (413, field {@code body}) before it is read, then
 * the signature, time window and replay check of {@link SignedRequests} before {@code next} runs.
 * An API that also takes a streamed body ({@link Streamed}) gets that content type's own cap and
 * handler instead: a body signed over more bytes than memory should hold is checked as it is read.
 */
record SignedApi(Optional<SignedRequests.Scheme> scheme, SignedRequests signed, String off, long maxBytes, String tooLarge,
                 Optional<Streamed> streamed) {

    /** A body of {@code contentType}, up to {@code maxBytes}, handed unread to {@code handler}, which checks its signature. */
    record Streamed(String contentType, long maxBytes, String tooLarge, StreamHandler handler) {
        boolean accepts(Context ctx) {
            var type = ctx.contentType();
            return type != null && type.toLowerCase(Locale.ROOT).startsWith(contentType);
        }
    }

    /** Reads, signs, checks and stores a streamed body. */
    interface StreamHandler {
        void handle(Context ctx) throws IOException;
    }

    SignedApi(Optional<SignedRequests.Scheme> scheme, SignedRequests signed, String off, long maxBytes, String tooLarge) {
        this(scheme, signed, off, maxBytes, tooLarge, Optional.empty());
    }

    /** Answers the request: refused at the door, or handed to {@code next} once signed and fresh. */
    void handle(Context ctx, Consumer<Context> next) {
        if (scheme.isEmpty()) {
            SignalsEndpoint.json(ctx, 503, Map.of("error", off));
            return;
        }
        var stream = streamed.filter(s -> s.accepts(ctx));
        if (stream.isPresent()) {
            stream(ctx, stream.get());
            return;
        }
        if (ctx.req().getContentLengthLong() > maxBytes || ctx.bodyAsBytes().length > maxBytes) {
            SignalsEndpoint.error(ctx, 413, "body", tooLarge);
            return;
        }
        signed.handle(scheme.get(), ctx, false, next);
    }

    private static void stream(Context ctx, Streamed stream) {
        if (ctx.req().getContentLengthLong() > stream.maxBytes()) {
            SignalsEndpoint.error(ctx, 413, "body", stream.tooLarge());
            return;
        }
        try {
            stream.handler().handle(ctx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
