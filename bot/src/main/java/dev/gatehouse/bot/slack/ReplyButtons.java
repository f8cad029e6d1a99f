package dev.gatehouse.bot.slack;

import dev.gatehouse.engine.audit.Refused;
import dev.gatehouse.bot.codec.InputId;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.CodecException;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.bot.render.EditSubmission;
import dev.gatehouse.bot.render.ReplyModalRenderer;
import dev.gatehouse.bot.render.ReplyTriageRenderer;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.inbound.ReplyDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The buttons on a reply's triage message. "Write reply" opens its modal at once, on the trigger;
 * the written reply becomes a touch that goes to review (nothing is sent from here). "Dismiss"
 * records who handled the reply and updates the message in place. Only reviewers may act.
 */
public final class ReplyButtons {
    private static final Logger log = LoggerFactory.getLogger(ReplyButtons.class);
    private static final String NOT_A_REVIEWER = "Only reviewers can handle replies. Ask a manager to add you to GATEHOUSE_REPS.";

    private final Engine engine;
    private final Roles roles;
    private final SlackWebApi api;
    private final ExecutorService after;
    private final ReplyTriageRenderer renderer = new ReplyTriageRenderer();
    private final ReplyModalRenderer modal = new ReplyModalRenderer();

    public ReplyButtons(Engine engine, Roles roles, SlackWebApi api, ExecutorService after) {
        this.engine = engine;
        this.roles = roles;
        this.api = api;
        this.after = after;
    }

    public void register(App app) {
        app.blockAction(ActionId.REPLY_DISMISS.wire(), this::dismiss);
        app.blockAction(ActionId.REPLY_EDIT.wire(), this::openWriteModal);
        app.viewSubmission(ActionId.REPLY_EDIT_SUBMIT.wire(), (req, ctx) -> {
            var user = req.getPayload().getUser().getId();
            if (!roles.mayReview(user)) {
                engine.refusals().record(user, Refused.Surface.ACTION, ActionId.REPLY_EDIT_SUBMIT.wire(), NOT_A_REVIEWER);
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of(InputId.SUBJECT.blockId(), NOT_A_REVIEWER)));
            }
            ModalMetadata metadata;
            try {
                metadata = ModalMetadata.decode(req.getPayload().getView().getPrivateMetadata());
            } catch (CodecException e) {
                log.debug("Ignoring a reply modal with unreadable metadata: {}", e.getMessage());
                return ctx.ack();
            }
            var submission = EditSubmission.parse(req.getPayload().getView().getState().getValues());
            if (!submission.errors().isEmpty()) return ctx.ack(r -> r.responseAction("errors").errors(submission.errors()));
            var handled = ReplyViews.load(engine.replies(), metadata.id()).map(v -> v.handled()).orElse(null);
            if (handled != null) {
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of(InputId.SUBJECT.blockId(),
                        "Already handled by someone else (" + handled.how() + ").")));
            }
            after.submit(() -> write(metadata, user, submission.subject(), submission.body()));
            return ctx.ack();
        });
    }

    private Response dismiss(BlockActionRequest req, ActionContext ctx) {
        var value = Clicks.value(req, ActionValue.REPLY_OPEN);
        if (value == null) return ctx.ack();
        if (!roles.mayReview(Clicks.user(req))) {
            Clicks.refuse(engine.refusals(), api, after, req, NOT_A_REVIEWER);
            return ctx.ack();
        }
        var channel = Clicks.channel(req);
        var ts = Clicks.messageTs(req);
        var user = Clicks.user(req);
        after.submit(() -> {
            try {
                var result = engine.replies().dismiss(value.id(), user);
                report(result, channel, user);
                if (!(result instanceof ReplyDesk.Result.NotFound)) refresh(value.id(), channel, ts);
            } catch (RuntimeException e) {
                log.error("Dismissing reply {} failed", value.id(), e);
                api.ephemeral(channel, user, "Something went wrong dismissing that reply; try again.");
            }
        });
        return ctx.ack();
    }

    private Response openWriteModal(BlockActionRequest req, ActionContext ctx) {
        var value = Clicks.value(req, ActionValue.REPLY_OPEN);
        if (value == null) return ctx.ack();
        if (!roles.mayReview(Clicks.user(req))) {
            Clicks.refuse(engine.refusals(), api, after, req, NOT_A_REVIEWER);
            return ctx.ack();
        }
        var view = ReplyViews.load(engine.replies(), value.id()).orElse(null);
        if (view == null || view.handled() != null || !view.canReply()) {
            var why = view == null ? "That reply no longer exists." : view.handled() != null
                    ? "Already handled by " + view.handled().actor() + "." : "This reply is not part of one of our threads.";
            after.submit(() -> api.ephemeral(Clicks.channel(req), Clicks.user(req), why));
            return ctx.ack();
        }
        var metadata = ModalMetadata.of(value, Clicks.channel(req), Clicks.messageTs(req));
        if (!api.openView(req.getPayload().getTriggerId(), modal.render(view, ReplyDesk.replySubject(view.subject()), metadata))) {
            log.warn("Could not open the reply modal for reply {}", value.id());
        }
        return ctx.ack();
    }

    private void write(ModalMetadata metadata, String user, String subject, String body) {
        try {
            var result = engine.replies().write(metadata.id(), user, subject, body);
            if (metadata.hasMessage()) {
                report(result, metadata.channelId(), user);
                refresh(metadata.id(), metadata.channelId(), metadata.messageTs());
            }
        } catch (RuntimeException e) {
            log.error("Saving a written reply to reply {} failed", metadata.id(), e);
            if (metadata.hasMessage()) {
                api.ephemeral(metadata.channelId(), user, "Something went wrong saving your reply; nothing was sent.");
            }
        }
    }

    private void report(ReplyDesk.Result result, String channel, String user) {
        switch (result) {
            case ReplyDesk.Result.Done done -> {
                // the message update shows it
            }
            case ReplyDesk.Result.AlreadyHandled already -> api.ephemeral(channel, user, "Already handled ("
                    + already.handling().handledAs() + ") by <@" + already.handling().handledBy() + ">; nothing changed.");
            case ReplyDesk.Result.NotFound missing -> api.ephemeral(channel, user, "That reply no longer exists.");
            case ReplyDesk.Result.CannotReply cannot -> api.ephemeral(channel, user, "Cannot answer it here: " + cannot.why() + ".");
        }
    }

    private void refresh(long replyId, String channel, String ts) {
        ReplyViews.load(engine.replies(), replyId).ifPresent(v -> api.update(channel, ts, renderer.render(v)));
    }
}
