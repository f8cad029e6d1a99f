package dev.gatehouse.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.bot.render.ReasonModal;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.gate.SampleVerdict;
import dev.gatehouse.engine.supervision.SampleReviews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;

/**
 * Looks right and Flag on an email sent under supervised autonomy and sampled for review. Looks
 * right is recorded after the ack (from the durable inbox, like every click); Flag opens a modal
 * for the reason at once, and the flag is recorded after the submission's ack. The first verdict
 * stands: a double click or a colleague's later click is told so and changes nothing.
 */
public final class SampleButtons {
    private static final Logger log = LoggerFactory.getLogger(SampleButtons.class);

    private final Engine engine;
    private final ReviewerClicks clicks;

    public SampleButtons(Engine engine, Roles roles, SlackWebApi api, ExecutorService after) {
        this.engine = engine;
        this.clicks = new ReviewerClicks(engine.refusals(), roles, api, after,
                "Only reviewers can review sent emails. Ask a manager to add you to GATEHOUSE_REPS.");
    }

    public void register(App app) {
        app.blockAction(ActionId.SAMPLE_OK.wire(), this::looksRight);
        app.blockAction(ActionId.SAMPLE_FLAG.wire(), this::openFlag);
        app.viewSubmission(ActionId.SAMPLE_FLAG_SUBMIT.wire(), (req, ctx) -> clicks.submitReason(req, ctx,
                ActionId.SAMPLE_FLAG_SUBMIT, InputId.FLAG_REASON, "Say what is wrong: the writer learns from it.",
                (metadata, reason) -> answer(engine.samples().flag(metadata.id(), req.getPayload().getUser().getId(), reason))));
    }

    private Response looksRight(BlockActionRequest req, ActionContext ctx) {
        var value = clicks.value(req, ActionValue.SAMPLE);
        if (value != null) clicks.later(req, () -> answer(engine.samples().looksRight(value.id(), Clicks.user(req))));
        return ctx.ack();
    }

    private Response openFlag(BlockActionRequest req, ActionContext ctx) {
        var value = clicks.value(req, ActionValue.SAMPLE);
        if (value == null) return ctx.ack();
        var item = engine.reviews().item(value.id()).filter(i -> i.sampled().isPresent());
        if (item.isEmpty() || item.get().sampled().get().reviewed().isPresent()) {
            clicks.later(req, () -> answer(item.isEmpty() ? new SampleReviews.Outcome.NotSampled(value.id())
                    : new SampleReviews.Outcome.AlreadyReviewed(item.get().sampled().get())));
            return ctx.ack();
        }
        var about = "the email to " + item.get().contact().fullName() + " at " + item.get().account().name()
                + " (“" + item.get().draft().subject() + "”)";
        var view = ReasonModal.flag(about, ModalMetadata.of(value, Clicks.channel(req), Clicks.messageTs(req)));
        if (!clicks.api().openView(req.getPayload().getTriggerId(), view)) {
            log.warn("Could not open the flag modal for touch {}", value.id());
        }
        return ctx.ack();
    }

    /** What to tell the person: nothing when it was recorded (the message updates in place). */
    private static String answer(SampleReviews.Outcome outcome) {
        return switch (outcome) {
            case SampleReviews.Outcome.Reviewed reviewed -> null;
            case SampleReviews.Outcome.AlreadyReviewed already -> "Already reviewed by <@" + already.sample().reviewer()
                    + ">: " + (already.sample().verdict() == SampleVerdict.FLAGGED ? "flagged" : "looks right")
                    + "; nothing changed.";
            case SampleReviews.Outcome.NotSampled missing -> "That email was not sampled for review.";
        };
    }
}
