package dev.gatehouse.bot.slack;

import com.slack.api.bolt.App;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.bot.render.ReasonModal;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.gate.SampleVerdict;
import dev.gatehouse.engine.supervision.SampleReviews;

import java.util.concurrent.ExecutorService;

/**
 * Looks right and Flag on an email sent under supervised autonomy and sampled for review. Looks
 * right is recorded after the ack (from the durable inbox, like every click); Flag opens a modal
 * for the reason at once, and the flag is recorded after the submission's ack. The first verdict
 * stands: a double click or a colleague's later click is told so and changes nothing.
 */
public final class SampleButtons extends ReviewerButtons {
    public SampleButtons(Engine engine, Roles roles, SlackWebApi api, ExecutorService after) {
        super(engine, roles, api, after, "Only reviewers can review sent emails. Ask a manager to add you to GATEHOUSE_REPS.");
    }

    @Override
    public void register(App app) {
        app.blockAction(ActionId.SAMPLE_OK.wire(), (req, ctx) -> afterAck(req, ctx, ActionValue.SAMPLE,
                (id, user) -> answer(engine.samples().looksRight(id, user))));
        app.blockAction(ActionId.SAMPLE_FLAG.wire(), (req, ctx) -> openReason(req, ctx, ActionValue.SAMPLE, this::flagPrompt));
        app.viewSubmission(ActionId.SAMPLE_FLAG_SUBMIT.wire(), (req, ctx) -> submitReason(req, ctx,
                ActionId.SAMPLE_FLAG_SUBMIT, InputId.FLAG_REASON, "Say what is wrong: the writer learns from it.",
                (metadata, reason) -> answer(engine.samples().flag(metadata.id(), req.getPayload().getUser().getId(), reason))));
    }

    private Prompt flagPrompt(ActionValue value, ModalMetadata metadata) {
        var item = engine.reviews().item(value.id()).filter(i -> i.sampled().isPresent());
        if (item.isEmpty()) return new Prompt.Tell(answer(new SampleReviews.Outcome.NotSampled(value.id())));
        var sample = item.get().sampled().get();
        if (sample.reviewed().isPresent()) return new Prompt.Tell(answer(new SampleReviews.Outcome.AlreadyReviewed(sample)));
        var about = "the email to " + item.get().contact().fullName() + " at " + item.get().account().name()
                + " (“" + item.get().draft().subject() + "”)";
        return new Prompt.Open(ReasonModal.flag(about, metadata));
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
