package dev.gatehouse.bot.render;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingBriefRendererTest {
    private final MeetingBriefRenderer renderer = new MeetingBriefRenderer();

    static BriefView brief() {
        return new BriefView("Inês Moura", "Head of Platform", "4 months in role", "Tidewater Freight",
                "tidewater-freight.example", 78, Fixtures.signals(2), Instant.parse("2026-11-24T10:00:00Z"),
                List.of(new BriefView.ThreadEntry("Sam (us)", Fixtures.CREATED, "Saw you're hiring platform engineers."),
                        new BriefView.ThreadEntry("Inês Moura", Fixtures.DECIDED, "Tuesday works. *Send* the deck first.")),
                List.of("CI builds take 40 minutes"), List.of("Already evaluating a competitor"),
                List.of("Their hiring push", "Build-time numbers from the approved case study"),
                List.of("Who owns the CI budget?"), List.of("Q4 budget freeze & hiring risk"));
    }

    @Test
    void brief_matches_golden() {
        Golden.assertMatches("meeting_brief", renderer.render(brief()));
    }

    @Test
    void brief_shows_role_tenure_score_and_signal_links() {
        var json = Inspect.json(renderer.render(brief()).blocks());

        assertThat(json).contains("Head of Platform · 4 months in role").contains("score 78/100")
                .contains("<https://jobs.tidewater-freight.example/roles/2|source>");
    }

    @Test
    void lists_are_escaped() {
        assertThat(Inspect.json(renderer.render(brief()).blocks())).contains("Q4 budget freeze &amp; hiring risk");
    }

    @Test
    void long_thread_shows_latest_entries_and_counts_the_rest() {
        var thread = IntStream.range(0, 9).mapToObj(i -> new BriefView.ThreadEntry("P", Fixtures.CREATED, "message " + i)).toList();
        var b = brief();
        var view = new BriefView(b.contactName(), b.title(), b.tenure(), b.accountName(), b.accountDomain(), b.score(),
                b.signals(), b.meetingAt(), thread, b.pains(), b.objections(), b.talkingPoints(), b.openQuestions(), b.risks());

        var json = Inspect.json(renderer.render(view).blocks());

        assertThat(json).contains("(4 earlier not shown)").contains("message 8").doesNotContain("message 3");
    }

    @Test
    void many_signals_stay_within_50_blocks() {
        var b = brief();
        var view = new BriefView(b.contactName(), b.title(), b.tenure(), b.accountName(), b.accountDomain(), b.score(),
                Fixtures.signals(70), b.meetingAt(), b.thread(), b.pains(), b.objections(), b.talkingPoints(),
                b.openQuestions(), b.risks());

        var message = renderer.render(view);

        assertThat(message.blocks()).hasSize(Limits.MESSAGE_BLOCKS);
        assertThat(Inspect.json(message.blocks())).contains("more signals").contains("Risks");
    }
}
