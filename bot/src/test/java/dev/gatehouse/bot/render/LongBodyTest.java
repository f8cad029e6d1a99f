package dev.gatehouse.bot.render;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.gatehouse.bot.render.Fixtures.item;
import static dev.gatehouse.bot.render.Fixtures.signals;
import static org.assertj.core.api.Assertions.assertThat;

class LongBodyTest {
    private static final String LINK = "https://acme.slack.com/archives/C0REVIEWS/p1795185000000043?thread_ts=1795185000.000042&cid=C0REVIEWS";
    private final ReviewMessageRenderer renderer = new ReviewMessageRenderer();

    /** Eight paragraphs of about 900 characters: 7,000+ characters, more than two sections. */
    static String longBody() {
        return IntStream.rangeClosed(1, 8).mapToObj(i -> "Paragraph " + i + ": " + "the month-end close takes too long. ".repeat(25).strip())
                .collect(Collectors.joining("\n\n"));
    }

    static dev.gatehouse.engine.gate.ReviewItem longItem() {
        var draft = new Draft("Closing the books at Tidewater", longBody(), List.of(1L), "openai", "gpt-4o-mini");
        return item(TouchStatus.PENDING_REVIEW, new Verification.Passed(), null, signals(1), draft);
    }

    private static List<String> notes(RenderedMessage message) {
        return message.blocks().stream().filter(ContextBlock.class::isInstance)
                .flatMap(b -> ((ContextBlock) b).getElements().stream()).filter(MarkdownTextObject.class::isInstance)
                .map(e -> ((MarkdownTextObject) e).getText()).toList();
    }

    @Test
    void long_body_review_matches_golden() {
        Golden.assertMatches("review_long_body", renderer.render(longItem(), LINK));
    }

    @Test
    void a_truncated_body_links_to_the_full_text_in_the_thread() {
        var message = renderer.render(longItem(), LINK);

        assertThat(notes(message)).anyMatch(n -> n.contains("<" + LINK + "|read the full text in the thread>"));
        assertThat(Inspect.json(message.blocks())).doesNotContain("Edit for the full text");
    }

    @Test
    void before_the_thread_reply_exists_the_note_says_where_the_full_text_will_be() {
        var notes = notes(renderer.render(longItem(), null));

        assertThat(notes).anyMatch(n -> n.contains("the full text is in this message's thread") && !n.contains("<http"));
    }

    @Test
    void the_shown_body_is_cut_within_a_section() {
        var sections = renderer.render(longItem(), LINK).blocks().stream().filter(SectionBlock.class::isInstance)
                .map(b -> ((SectionBlock) b).getText().getText()).toList();

        assertThat(sections).allMatch(t -> t.length() <= Limits.SECTION_TEXT);
        assertThat(sections).anyMatch(t -> t.startsWith("Paragraph 1:") && t.endsWith(Text.ELLIPSIS));
    }

    @Test
    void a_short_body_has_no_note() {
        var message = renderer.render(Fixtures.pending(), LINK);

        assertThat(LongBody.truncated(Fixtures.draft().body())).isFalse();
        assertThat(Inspect.json(message.blocks())).doesNotContain(LINK).doesNotContain("Too long to show");
    }

    @Test
    void the_thread_holds_the_whole_body_as_plain_text_within_limits() {
        var replies = LongBody.thread(longItem());

        var parts = replies.stream().flatMap(r -> r.blocks().stream()).filter(SectionBlock.class::isInstance)
                .map(b -> ((SectionBlock) b).getText()).toList();
        assertThat(parts).allMatch(t -> t.getType().equals("plain_text") && t.getText().length() <= Limits.SECTION_TEXT);
        assertThat(BodyChunks.join(parts.stream().map(t -> t.getText()).toList())).isEqualTo(longBody());
    }

    @Test
    void a_very_long_body_spreads_over_several_replies() {
        var body = String.join("\n\n", java.util.Collections.nCopies(12, "x".repeat(2900)));
        var draft = new Draft("s", body, List.of(), "offline", null);

        var replies = LongBody.thread(item(TouchStatus.PENDING_REVIEW, new Verification.Passed(), null, signals(1), draft));

        assertThat(replies).hasSize(3);
        assertThat(replies).allMatch(r -> r.blocks().size() <= LongBody.PARTS_PER_MESSAGE + 1);
        assertThat(replies.get(1).fallbackText()).endsWith("(2/3)");
    }

    @Test
    void fallback_text_is_capped_to_slacks_limit() {
        var message = new RenderedMessage("a".repeat(Limits.MESSAGE_TEXT * 3), List.of());

        assertThat(message.fallbackText()).hasSize(Limits.MESSAGE_TEXT).endsWith(Text.ELLIPSIS);
    }
}
