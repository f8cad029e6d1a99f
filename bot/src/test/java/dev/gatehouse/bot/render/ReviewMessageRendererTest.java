package dev.gatehouse.bot.render;

import com.slack.api.model.block.SectionBlock;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.engine.gate.Decision;
import dev.gatehouse.engine.gate.RejectReason;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.verify.Problem;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static dev.gatehouse.bot.render.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewMessageRendererTest {
    private final ReviewMessageRenderer renderer = new ReviewMessageRenderer();

    @Test
    void pending_matches_golden() {
        Golden.assertMatches("review_pending", renderer.render(pending()));
    }

    @Test
    void blocked_matches_golden() {
        Golden.assertMatches("review_blocked", renderer.render(blocked()));
    }

    @Test
    void approved_matches_golden() {
        var approved = new Decision.Approved("U0REP1", DECIDED, SEND_AT, true);
        Golden.assertMatches("review_approved", renderer.render(decided(TouchStatus.APPROVED, approved)));
    }

    @Test
    void rejected_matches_golden() {
        var rejected = new Decision.Rejected("U0REP1", DECIDED, RejectReason.BAD_TIMING, "They just had layoffs");
        Golden.assertMatches("review_rejected", renderer.render(decided(TouchStatus.REJECTED, rejected)));
    }

    @Test
    void pending_offers_approve_edit_reject_for_this_touch() {
        var message = renderer.render(pending());

        assertThat(Inspect.actionIds(message.blocks())).containsExactly("gh_approve", "gh_edit", "gh_reject");
        var approve = Inspect.buttons(message.blocks()).getFirst();
        assertThat(approve.getStyle()).isEqualTo("primary");
        assertThat(ActionValue.decode(approve.getValue())).isEqualTo(ActionValue.touch(42, TouchStatus.PENDING_REVIEW));
        assertThat(Inspect.buttons(message.blocks()).getLast().getStyle()).isEqualTo("danger");
    }

    @Test
    void blocked_draft_cannot_be_approved_but_can_be_edited_or_rejected() {
        var message = renderer.render(blocked());

        assertThat(Inspect.actionIds(message.blocks())).containsExactly("gh_edit", "gh_reject");
        assertThat(Inspect.json(message.blocks()))
                .contains("used by 300 logistics companies").contains("no prior meeting on record");
    }

    @Test
    void claims_a_person_vouched_for_can_be_approved_and_say_who_vouched() {
        var item = item(TouchStatus.PENDING_REVIEW, new Verification.Vouched(
                List.of(new Problem("Acme cut costs 40%", "names a customer not in the offer")), "U0REP"),
                null, signals(1), draft());

        var message = renderer.render(item);

        assertThat(Inspect.actionIds(message.blocks())).containsExactly("gh_approve", "gh_edit", "gh_reject");
        assertThat(Inspect.json(message.blocks())).contains("<@U0REP> confirmed claims the verifier cannot ground")
                .contains("Acme cut costs 40%");
    }

    @Test
    void pending_with_failed_verification_has_no_approve() {
        var item = item(TouchStatus.PENDING_REVIEW, new Verification.Blocked(List.of(new Problem("x", "y"))),
                null, signals(1), draft());

        assertThat(Inspect.actionIds(renderer.render(item).blocks())).doesNotContain("gh_approve");
    }

    @Test
    void approved_shows_who_when_and_recipient_send_time_with_undo() {
        var approved = new Decision.Approved("U0BOSS", DECIDED, SEND_AT, false);

        var message = renderer.render(decided(TouchStatus.APPROVED, approved));

        var json = Inspect.json(message.blocks());
        assertThat(json).contains("<@U0BOSS>")
                .contains("<!date^" + DECIDED.getEpochSecond() + "^{date_short_pretty} {time}|2026-11-20 15:05 UTC>")
                .contains("Scheduled for Tue 09:10 recipient time (Europe/Lisbon)");
        assertThat(Inspect.actionIds(message.blocks())).containsExactly("gh_undo");
        assertThat(ActionValue.decode(Inspect.buttons(message.blocks()).getFirst().getValue()).touchStatus())
                .isEqualTo(TouchStatus.APPROVED);
    }

    @Test
    void sent_touch_has_no_buttons_and_says_when_it_went() {
        var approved = new Decision.Approved("U0BOSS", DECIDED, SEND_AT, false);

        var message = renderer.render(decided(TouchStatus.SENT, approved));

        assertThat(Inspect.buttons(message.blocks())).isEmpty();
        assertThat(Inspect.json(message.blocks())).contains("Sent at <!date^" + SEND_AT.getEpochSecond());
    }

    @Test
    void rejected_touch_shows_reason_and_escaped_note_without_buttons() {
        var rejected = new Decision.Rejected("U0BOSS", DECIDED, RejectReason.WRONG_PERSON, "ask <Ana> & co");

        var message = renderer.render(decided(TouchStatus.REJECTED, rejected));

        assertThat(Inspect.buttons(message.blocks())).isEmpty();
        assertThat(Inspect.json(message.blocks())).contains("Wrong person").contains("> ask &lt;Ana&gt; &amp; co");
        assertThat(message.fallbackText()).startsWith("Rejected:");
    }

    @Test
    void undone_matches_golden() {
        Golden.assertMatches("review_undone",
                renderer.render(decided(TouchStatus.PENDING_REVIEW, new Decision.Undone("U0REP1", DECIDED))));
    }

    @Test
    void undone_approval_brings_the_review_buttons_back_and_says_who_undid_it_and_when() {
        var message = renderer.render(decided(TouchStatus.PENDING_REVIEW, new Decision.Undone("U0BOSS", DECIDED)));

        assertThat(Inspect.actionIds(message.blocks())).containsExactly("gh_approve", "gh_edit", "gh_reject");
        assertThat(Inspect.json(message.blocks())).contains("Approval undone* by <@U0BOSS>")
                .contains("<!date^" + DECIDED.getEpochSecond()).contains("Nothing was sent");
        assertThat(message.fallbackText()).startsWith("Review needed:");
    }

    @Test
    void undone_then_blocked_draft_offers_edit_and_reject_only() {
        var item = item(TouchStatus.BLOCKED, new Verification.Blocked(List.of(new Problem("x", "y"))),
                new Decision.Undone("U0BOSS", DECIDED), signals(1), draft());

        assertThat(Inspect.actionIds(renderer.render(item).blocks())).containsExactly("gh_edit", "gh_reject");
    }

    @Test
    void why_now_lists_cited_signals_with_date_and_link_only() {
        var draft = new Draft("s", "b", List.of(3L), "offline", null);
        var item = item(TouchStatus.PENDING_REVIEW, new Verification.Passed(), null, signals(4), draft);

        var json = Inspect.json(renderer.render(item).blocks());

        assertThat(json).contains("<https://jobs.tidewater-freight.example/roles/3|source>")
                .contains("^{date_short}|2026-11-13>").doesNotContain("role #1").doesNotContain("role #4");
    }

    @Test
    void score_breakdown_shows_each_reason_with_signed_points() {
        var json = Inspect.json(renderer.render(pending()).blocks());

        assertThat(json).contains("Score 78/100").contains("+20 fit: Industry Logistics is in the ICP")
                .contains("-5 fit: Competitor tool in stack");
    }

    @Test
    void many_signals_collapse_into_and_n_more_within_50_blocks() {
        var ids = LongStream.rangeClosed(1, 80).boxed().toList();
        var draft = new Draft("s", "b", ids, "offline", null);
        var item = item(TouchStatus.PENDING_REVIEW, new Verification.Passed(), null, signals(80), draft);

        var message = renderer.render(item);

        assertThat(message.blocks()).hasSize(Limits.MESSAGE_BLOCKS);
        long shown = message.blocks().stream().filter(b -> Inspect.json(b).contains("role #")).count();
        assertThat(Inspect.json(message.blocks())).contains("and " + (80 - shown) + " more signals");
        assertThat(Inspect.actionIds(message.blocks())).contains("gh_approve");
    }

    @Test
    void long_body_is_truncated_with_a_note_pointing_to_the_thread() {
        var draft = new Draft("s", "word ".repeat(1000), List.of(), "offline", null);
        var item = item(TouchStatus.PENDING_REVIEW, new Verification.Passed(), null, signals(1), draft);

        var blocks = renderer.render(item).blocks();
        var sections = blocks.stream().filter(SectionBlock.class::isInstance)
                .map(b -> ((SectionBlock) b).getText().getText()).toList();

        assertThat(sections).allMatch(t -> t.length() <= Limits.SECTION_TEXT);
        assertThat(sections).anyMatch(t -> t.startsWith("word word") && t.endsWith(Text.ELLIPSIS));
        assertThat(Inspect.json(blocks)).contains("in this message's thread").doesNotContain("open Edit");
    }

    @Test
    void prospect_markdown_in_draft_is_plain_text() {
        var draft = new Draft("*urgent*", "Use `rm -rf` and <!channel>", List.of(), "offline", null);
        var item = item(TouchStatus.PENDING_REVIEW, new Verification.Passed(), null, signals(1), draft);

        var body = renderer.render(item).blocks().stream().filter(SectionBlock.class::isInstance)
                .map(b -> ((SectionBlock) b).getText()).filter(t -> t.getText().contains("rm -rf")).findFirst().orElseThrow();

        assertThat(body.getType()).isEqualTo("plain_text");
        assertThat(body.getText()).isEqualTo("Use `rm -rf` and <!channel>");
    }

    @Test
    void fallback_text_is_escaped() {
        var draft = new Draft("Q&A <b>", "b", List.of(), "offline", null);
        var item = item(TouchStatus.PENDING_REVIEW, new Verification.Passed(), null, signals(1), draft);

        assertThat(renderer.render(item).fallbackText()).contains("Q&amp;A &lt;b&gt;").startsWith("Review needed:");
    }

    @Test
    void a_sampled_supervised_email_asks_looks_right_or_flag_until_answered_then_shows_the_flag() {
        var approved = Fixtures.decided(TouchStatus.SENT, new dev.gatehouse.engine.gate.Decision.Approved("gatehouse:supervised",
                Fixtures.DECIDED, Fixtures.SEND_AT, false));
        var open = withSample(approved, null, null, null);
        var flagged = withSample(approved, dev.gatehouse.engine.gate.SampleVerdict.FLAGGED, "U0REP", "Invented a customer");

        assertThat(Inspect.actionIds(renderer.render(open).blocks())).containsExactly("gh_sample_ok", "gh_sample_flag");
        assertThat(Inspect.json(renderer.render(open))).contains("Sampled for review").contains("20% of first emails");
        assertThat(Inspect.actionIds(renderer.render(flagged).blocks())).isEmpty();
        assertThat(Inspect.json(renderer.render(flagged))).contains("Flagged* by <@U0REP>").contains("> Invented a customer");
    }

    private static dev.gatehouse.engine.gate.ReviewItem withSample(dev.gatehouse.engine.gate.ReviewItem i,
                                                                   dev.gatehouse.engine.gate.SampleVerdict verdict,
                                                                   String reviewer, String reason) {
        var sample = new dev.gatehouse.engine.gate.Sample(i.touchId(), dev.gatehouse.engine.gate.ActionType.FIRST_EMAIL, 20,
                Fixtures.DECIDED, verdict, reviewer, reason, verdict == null ? null : Fixtures.SEND_AT);
        return new dev.gatehouse.engine.gate.ReviewItem(i.touchId(), i.kind(), i.status(), i.account(), i.contact(),
                i.score(), i.signals(), i.draft(), i.verification(), i.decision(), i.createdAt(), null, sample);
    }
}
