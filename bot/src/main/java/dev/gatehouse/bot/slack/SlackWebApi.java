package dev.gatehouse.bot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.gatehouse.bot.render.RenderedMessage;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The Web API calls the bot makes, with Slack's rate limits honoured: a 429 holds that method back
 * for its Retry-After (every caller waits out the same deadline, so waits never add up), and posts
 * to one channel are spaced about a second apart (Slack's per-channel posting rate) without holding
 * any lock while waiting, so other channels are not held back. Retries are Resilience4j's; Slack's
 * own client does not retry a 429 (it only records Retry-After for its async rate limiter).
 * Failures are logged (never with the token) and reported as empty, never thrown at the caller.
 */
public final class SlackWebApi {
    private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);
    private static final int MAX_RETRIES = 3;
    private static final Duration CHANNEL_SPACING = Duration.ofMillis(1000);

    private final MethodsClient client;
    private final ConcurrentHashMap<String, Long> lastPost = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> limitedUntil = new ConcurrentHashMap<>();
    private final Retry calling = retry("slack", e -> true);
    // a post that may have reached Slack is not repeated: a second review message is worse than a
    // late one (the reminder sweep re-posts a review that has no message)
    private final Retry posting = retry("slack-post", SlackWebApi::neverSent);

    public SlackWebApi(Slack slack, String botToken) {
        this.client = slack.methods(botToken);
    }

    public record Posted(String channel, String ts) {
    }

    public Optional<Posted> post(String channel, RenderedMessage message) {
        pace(channel);
        return call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channel)
                .text(message.fallbackText()).blocks(message.blocks()).unfurlLinks(false)))
                .map(r -> new Posted(r.getChannel(), r.getTs()));
    }

    public boolean threadReply(String channel, String threadTs, String text) {
        pace(channel);
        return call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                .text(text).replyBroadcast(true))).isPresent();
    }

    public boolean update(String channel, String ts, RenderedMessage message) {
        return call("chat.update", () -> client.chatUpdate(r -> r.channel(channel).ts(ts)
                .text(message.fallbackText()).blocks(message.blocks()))).isPresent();
    }

    public boolean ephemeral(String channel, String user, String text) {
        return call("chat.postEphemeral", () -> client.chatPostEphemeral(r -> r.channel(channel).user(user).text(text)))
                .isPresent();
    }

    /** A direct message from the bot to a person (used for hot escalations and refusals). */
    public Optional<Posted> direct(String user, RenderedMessage message) {
        return post(user, message);
    }

    /** The members of a Slack user group (empty when it cannot be read). */
    public java.util.Set<String> groupMembers(String groupId) {
        return call("usergroups.users.list", () -> client.usergroupsUsersList(r -> r.usergroup(groupId)))
                .map(r -> java.util.Set.copyOf(r.getUsers() == null ? java.util.List.<String>of() : r.getUsers()))
                .orElse(java.util.Set.of());
    }

    public MethodsClient client() {
        return client;
    }

    /** Reserves the channel's next posting slot (about a second after the previous one) and waits for it. */
    private void pace(String channel) {
        var now = System.nanoTime();
        var slot = lastPost.compute(channel, (k, last) -> last == null || now - last >= CHANNEL_SPACING.toNanos()
                ? now : last + CHANNEL_SPACING.toNanos());
        sleepUntil(slot);
    }

    interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    <T extends SlackApiTextResponse> Optional<T> call(String method, Call<T> call) {
        var retry = method.equals("chat.postMessage") ? posting : calling;
        try {
            var response = retry.executeCallable(() -> attempt(method, call));
            if (response.isOk()) return Optional.of(response);
            log.warn("Slack {} answered error: {}", method, response.getError());
        } catch (SlackApiException e) {
            log.warn("Slack {} failed with HTTP {}", method, e.getResponse().code());
        } catch (IOException e) {
            log.warn("Slack {} unreachable: {}", method, e.toString());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // a Call throws nothing else
        }
        return Optional.empty();
    }

    /** One try, after the method's shared 429 deadline; a 429 moves that deadline for every caller. */
    private <T> T attempt(String method, Call<T> call) throws IOException, SlackApiException {
        var until = limitedUntil.get(method);
        if (until != null) sleepUntil(until);
        try {
            return call.run();
        } catch (SlackApiException e) {
            if (rateLimited(e)) {
                var retryAfter = Optional.ofNullable(e.getResponse().header("Retry-After")).map(SlackWebApi::seconds)
                        .orElse(1L);
                limitedUntil.merge(method, System.nanoTime() + Duration.ofSeconds(retryAfter).toNanos(), Math::max);
                log.info("Slack {} rate limited for {} s", method, retryAfter);
            }
            throw e;
        }
    }

    /**
     * Retries a 429 (no wait of its own: the next attempt waits out the method's shared deadline)
     * and an unreachable Slack (200, 400, 800 ms) when {@code repeatable} says the request may be sent again.
     */
    private static Retry retry(String name, Predicate<IOException> repeatable) {
        var unreachable = IntervalFunction.ofExponentialBackoff(Duration.ofMillis(200), 2);
        return Retry.of(name, RetryConfig.<Object>custom()
                .maxAttempts(MAX_RETRIES + 1)
                .retryOnException(e -> rateLimited(e) || e instanceof IOException io && repeatable.test(io))
                .intervalBiFunction((Integer retry, Either<Throwable, Object> last) ->
                        last.isLeft() && rateLimited(last.getLeft()) ? 0L : unreachable.apply(retry))
                .build());
    }

    private static boolean rateLimited(Throwable e) {
        return e instanceof SlackApiException api && api.getResponse().code() == 429;
    }

    private static boolean neverSent(IOException e) {
        return e instanceof java.net.ConnectException || e instanceof java.net.UnknownHostException;
    }

    private static long seconds(String header) {
        try {
            return Math.max(0, Math.min(60, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void sleepUntil(long nanoTime) {
        var wait = nanoTime - System.nanoTime();
        if (wait > 0) sleep(Duration.ofNanos(wait));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final java.util.concurrent.atomic.AtomicReference<String> workspaceUrl = new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * The workspace's URL (e.g. {@code https://team.slack.com/}) from auth.test, the base of every
     * permalink: asked once and kept; empty (and asked again next time) while Slack cannot say.
     */
    public Optional<String> workspaceUrl() {
        var known = workspaceUrl.get();
        if (known != null) return Optional.of(known);
        var url = call("auth.test", () -> client.authTest(r -> r)).map(r -> r.getUrl())
                .filter(u -> u.startsWith("https://") || u.startsWith("http://"));
        url.ifPresent(workspaceUrl::set);
        return url;
    }

    /** A reply in a thread, not broadcast to the conversation (the full text of a long draft). */
    public Optional<Posted> postInThread(String channel, String threadTs, RenderedMessage message) {
        pace(channel);
        return call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                .text(message.fallbackText()).blocks(message.blocks()).unfurlLinks(false)))
                .map(r -> new Posted(r.getChannel(), r.getTs()));
    }

    /**
     * Opens a modal on a click's or command's trigger. Call it before acknowledging: Slack honours
     * a trigger_id for 3 seconds only. False when Slack refused (e.g. the trigger expired).
     */
    public boolean openView(String triggerId, com.slack.api.model.view.View view) {
        return call("views.open", () -> client.viewsOpen(r -> r.triggerId(triggerId).view(view))).isPresent();
    }
}
