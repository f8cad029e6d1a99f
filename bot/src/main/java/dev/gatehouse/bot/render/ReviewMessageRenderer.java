package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.scoring.Score;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.verify.Verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.slack.api.model.block.Blocks.divider;

/**
 * The review message for one touch: who, why now, the draft, the verifier's verdict and the
 * buttons while it waits for a person; the decision and what happens next once decided.
 */
public final class ReviewMessageRenderer {
    static final String ACTIONS_BLOCK = "gh_review_actions";

    public RenderedMessage render(ReviewItem item) {
        return render(item, null);
    }

    /** @param fullTextLink where a body too long to show is in full ({@link LongBody}); null when none */
    public RenderedMessage render(ReviewItem item, String fullTextLink) {
        var before = new ArrayList<LayoutBlock>();
        before.add(Kit.heading(headline(item)));
        before.add(Kit.note(subline(item)));
        item.scored().ifPresent(score -> before.add(Kit.md(score(score))));
        var cited = citedSignals(item);
        before.add(Kit.md(cited.isEmpty() ? "*Why now*\nNo signal cited." : "*Why now*"));

        var after = new ArrayList<LayoutBlock>();
        after.add(divider());
        after.add(Kit.plain("Subject: " + item.draft().subject()));
        after.addAll(LongBody.blocks(item.draft().body(), fullTextLink));
        after.add(divider());
        after.add(verification(item.verification()));
        after.add(Kit.note(writtenBy(item)));
        after.addAll(DecisionLines.blocks(item));
        after.addAll(SampleLines.blocks(item));
        if (item.awaitsDecision()) after.add(Kit.buttons(ACTIONS_BLOCK, reviewButtons(item)));

        int room = Limits.MESSAGE_BLOCKS - before.size() - after.size();
        var blocks = new ArrayList<LayoutBlock>(before);
        blocks.addAll(SignalLines.blocks(cited, room));
        blocks.addAll(after);
        return new RenderedMessage(fallback(item), blocks);
    }

    static boolean approvable(ReviewItem item) {
        return item.status() == TouchStatus.PENDING_REVIEW && item.verification().sendable();
    }

    private static List<BlockElement> reviewButtons(ReviewItem item) {
        var value = ActionValue.touch(item.touchId(), item.status());
        var buttons = new ArrayList<BlockElement>();
        if (approvable(item)) buttons.add(Kit.button(ActionId.APPROVE, "Approve & send", value, "primary"));
        buttons.add(Kit.button(ActionId.EDIT, "Edit", value, null));
        buttons.add(Kit.button(ActionId.REJECT, "Reject", value, "danger"));
        return buttons;
    }

    static String kindLabel(TouchKind kind) {
        return switch (kind) {
            case FIRST_EMAIL -> "First email";
            case FOLLOW_UP -> "Follow-up";
            case REPLY -> "Reply";
            case CHECK_IN -> "Customer check-in";
            case RENEWAL_OUTREACH -> "Renewal outreach";
            case QBR_NARRATIVE -> "QBR narrative";
        };
    }

    private static String headline(ReviewItem item) {
        var contact = item.contact();
        var title = contact.title() == null || contact.title().isBlank() ? "" : " — " + contact.title();
        return contact.fullName() + title + ", " + item.account().name();
    }

    private static String subline(ReviewItem item) {
        var owner = item.account().ownerSlackId() == null ? "" : " · owner " + Text.mention(item.account().ownerSlackId());
        return kindLabel(item.kind()) + " · touch #" + item.touchId() + " · " + Text.escape(item.contact().email())
                + " · " + Text.escape(item.account().domain()) + owner;
    }

    private static String score(Score score) {
        var text = new StringBuilder("*Score " + score.total() + "/100* · fit " + points(score.fit())
                + " · signals " + points(score.signal()) + " · similarity " + points(score.semantic())
                + " · ICP v" + score.icpVersion());
        for (var reason : score.reasons()) {
            text.append("\n• ").append(String.format(Locale.ROOT, "%+.0f", reason.points())).append(' ')
                    .append(Text.escape(reason.part())).append(": ").append(Text.escape(reason.text()));
        }
        return text.toString();
    }

    private static String points(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    /** The signals the draft cites, in the order it cites them; all signals if it cites none. */
    static List<Signal> citedSignals(ReviewItem item) {
        if (item.draft().citedSignalIds().isEmpty()) return item.signals();
        Map<Long, Signal> byId = item.signals().stream()
                .collect(Collectors.toMap(Signal::id, Function.identity(), (a, b) -> a));
        return item.draft().citedSignalIds().stream().distinct().filter(byId::containsKey).map(byId::get).toList();
    }

    private static LayoutBlock verification(Verification verification) {
        return switch (verification) {
            case Verification.Passed p -> Kit.note("✅ Verified: every claim traces to a cited signal or an approved proof point.");
            case Verification.Blocked b -> {
                var text = new StringBuilder("⛔ Blocked by the verifier: it cannot be sent as written. Edit or reject it.");
                b.problems().forEach(p -> text.append("\n• “").append(p.claim()).append("” — ").append(p.reason()));
                yield Kit.plain(text.toString());
            }
            case Verification.Vouched v -> {
                var text = new StringBuilder("⚠️ " + Text.mention(v.actor()) + " confirmed claims the verifier cannot ground:");
                v.problems().forEach(p -> text.append("\n• “").append(Text.escape(p.claim())).append("” — ")
                        .append(Text.escape(p.reason())));
                yield Kit.md(Text.truncateMrkdwn(text.toString(), Limits.SECTION_TEXT));
            }
        };
    }

    private static String writtenBy(ReviewItem item) {
        var draft = item.draft();
        var model = draft.model() == null || draft.model().isBlank() ? "" : " (" + Text.escape(draft.model()) + ")";
        return "✍️ Written by " + Text.escape(draft.writer()) + model + " · drafted " + Text.date(item.createdAt());
    }

    private static String fallback(ReviewItem item) {
        var who = item.contact().fullName() + " at " + item.account().name();
        var prefix = item.awaitsDecision() ? "Review needed"
                : item.decision() == null ? "Status " + item.status().wire() : DecisionLines.verb(item.decision());
        return Text.escape(prefix + ": " + kindLabel(item.kind()).toLowerCase(Locale.ROOT) + " to " + who
                + " — " + item.draft().subject());
    }

    /** An item for the exceptions queue: something the pipeline leaves to a person. */
    public RenderedMessage exception(String summary) {
        var text = "⚠️ *Needs a person*\n" + Text.escape(summary);
        return new RenderedMessage("Needs a person: " + Text.escape(summary), List.of(Kit.md(Text.truncateMrkdwn(text, Limits.SECTION_TEXT))));
    }
}
