package dev.gatehouse.bot.slack;

import dev.gatehouse.bot.render.ExceptionRenderer;
import dev.gatehouse.bot.render.LongBody;
import dev.gatehouse.bot.render.ReviewMessageRenderer;
import dev.gatehouse.engine.exceptions.ExceptionItem;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewMessage;
import dev.gatehouse.engine.gate.ReviewNotifier;

import java.util.Optional;
import java.util.Set;

/**
 * Posts review messages where the decision belongs (the approvals channel if configured, else
 * the account owner's DM, else the managers') and updates them in place after each decision.
 * Each post answers where it went, and the engine records it on the touch.
 */
public final class SlackNotifier implements ReviewNotifier {
    private final SlackWebApi api;
    private final ReviewMessageRenderer renderer = new ReviewMessageRenderer();
    private final ExceptionRenderer exceptions = new ExceptionRenderer();
    private final Optional<String> approvalsChannel;
    private final Set<String> managers;

    public SlackNotifier(SlackWebApi api, Optional<String> approvalsChannel, Set<String> managers) {
        this.api = api;
        this.approvalsChannel = approvalsChannel;
        this.managers = managers;
    }

    @Override
    public Optional<ReviewMessage> reviewReady(ReviewItem item) {
        var posted = destination(item).flatMap(channel -> api.post(channel, renderer.render(item)));
        posted.filter(p -> LongBody.truncated(item.draft().body())).ifPresent(p -> postFullText(item, p));
        return posted.map(p -> new ReviewMessage(p.channel(), p.ts()));
    }

    /** A body too long for the message goes in full in its thread; the message then links to the first reply. */
    private void postFullText(ReviewItem item, SlackWebApi.Posted parent) {
        SlackWebApi.Posted first = null;
        for (var part : LongBody.thread(item)) {
            var reply = api.postInThread(parent.channel(), parent.ts(), part);
            if (reply.isEmpty()) return;
            if (first == null) first = reply.get();
        }
        var firstReply = first;
        api.workspaceUrl().flatMap(base -> Permalinks.inThread(base, firstReply.channel(), firstReply.ts(), parent.ts()))
                .ifPresent(link -> api.update(parent.channel(), parent.ts(), renderer.render(item, link)));
    }

    /** After a restart the reply's ts is unknown: link to the thread itself, which opens on the full text. */
    private String threadLink(ReviewItem item, String channel, String ts) {
        if (!LongBody.truncated(item.draft().body())) return null;
        return api.workspaceUrl().flatMap(base -> Permalinks.inThread(base, channel, ts, ts)).orElse(null);
    }

    @Override
    public Optional<ReviewMessage> reviewUpdated(ReviewItem item) {
        // decided without a message (supervised autonomy, not sampled): nobody is waiting to see it
        if (item.posted().isEmpty()) return Optional.empty();
        var ref = item.posted().get();
        api.update(ref.channel(), ref.ts(), renderer.render(item, threadLink(item, ref.channel(), ref.ts())));
        return Optional.empty();
    }

    /**
     * A reply in the review message's thread, broadcast to the conversation so it is seen again; a
     * review whose message never got posted (Slack refused it) is posted now instead.
     */
    @Override
    public Optional<ReviewMessage> remind(ReviewItem item) {
        if (item.posted().isEmpty()) return reviewReady(item);
        var message = item.posted().get();
        api.threadReply(message.channel(), message.ts(), "Still waiting for a decision: "
                + item.draft().subject() + " (to " + item.contact().fullName() + ", " + item.account().name() + ").");
        return Optional.empty();
    }

    @Override
    public void exception(String ownerSlackId, String summary) {
        approvalsChannel.or(() -> Optional.ofNullable(ownerSlackId).filter(id -> !id.isBlank())).or(this::manager)
                .ifPresent(channel -> api.post(channel, renderer.exception(summary)));
    }

    /** An item of the exceptions queue, with its buttons, where plain exceptions go. */
    @Override
    public Optional<ReviewMessage> exceptionRaised(ExceptionItem item) {
        return approvalsChannel.or(() -> Optional.ofNullable(item.owner()).filter(id -> !id.isBlank())).or(this::manager)
                .flatMap(channel -> api.post(channel, exceptions.render(item)))
                .map(p -> new ReviewMessage(p.channel(), p.ts()));
    }

    @Override
    public void exceptionUpdated(ExceptionItem item) {
        if (item.posted()) api.update(item.channel(), item.ts(), exceptions.render(item));
    }

    Optional<String> destination(ReviewItem item) {
        return approvalsChannel
                .or(() -> Optional.ofNullable(item.account().ownerSlackId()).filter(id -> !id.isBlank()))
                .or(this::manager);
    }

    /** A manager to DM: a listed user first; with only user groups listed, the first member of one. */
    private Optional<String> manager() {
        return managers.stream().filter(id -> !id.startsWith("S")).sorted().findFirst()
                .or(() -> managers.stream().sorted().flatMap(group -> api.groupMembers(group).stream().sorted().limit(1))
                        .findFirst());
    }
}
