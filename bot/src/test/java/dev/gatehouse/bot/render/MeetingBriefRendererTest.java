package dev.gatehouse.bot.render;

import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.engine.briefs.MeetingBrief;
import dev.gatehouse.engine.briefs.MeetingOutcome;
import dev.gatehouse.engine.briefs.MeetingOutcomes;
import dev.gatehouse.engine.briefs.SourceRef;
import dev.gatehouse.engine.briefs.Statement;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingBriefRendererTest {
    private final MeetingBriefRenderer renderer = new MeetingBriefRenderer();

    private static Statement line(String text, String type, long id) {
        return Statement.of(text, new SourceRef(type, id));
    }

    static MeetingBrief brief() {
        return brief(List.of(line("They said: \"Our CI builds take 40 minutes & it's a pain.\"", "reply", 5)));
    }

    static MeetingBrief brief(List<Statement> pains) {
        return new MeetingBrief(12, Instant.parse("2026-11-24T10:00:00Z"), 7, "Tidewater Freight", "U0REP1",
                List.of(line("Inês Moura, Head of Platform <ines.moura@tidewater-freight.example>", "contact", 11),
                        line("In the role since 3 Aug 2026 (3 months)", "contact", 11)),
                List.of(line("Tidewater Freight (tidewater-freight.example): Logistics, 240 employees, PT", "account", 7),
                        line("ICP score 78/100", "score", 7)),
                List.of(new Statement("hiring (10 Nov 2026): Posted a Senior Platform Engineer role",
                        List.of(new SourceRef("signal", 3)), "https://jobs.tidewater-freight.example/roles/3")),
                List.of(line("20 Nov 2026 we sent (first_email): \"Platform hiring at Tidewater\"", "touch", 42),
                        line("21 Nov 2026 ines.moura@tidewater-freight.example replied (interested): \"Tuesday works.\"", "reply", 5)),
                pains,
                List.of(line("Objection (not_now): \"Budget is frozen until Q1.\"", "reply", 5)),
                List.of(line("Ask about: Posted a Senior Platform Engineer role", "signal", 3),
                        line("Proof point to use: Cut CI time by half at a freight company", "offer", 2)),
                List.of(line("They asked: \"Who owns the CI budget?\"", "reply", 5)),
                List.of(line("Inês is new in the role: may not own the budget yet", "contact", 11)));
    }

    @Test
    void brief_matches_golden() {
        Golden.assertMatches("meeting_brief", renderer.render(brief()));
    }

    @Test
    void recorded_brief_matches_golden() {
        Golden.assertMatches("meeting_brief_held", renderer.renderRecorded(brief(),
                new MeetingOutcomes.Recorded(MeetingOutcome.HELD, "U0REP1", Fixtures.DECIDED)));
    }

    @Test
    void every_line_names_its_sources() {
        var json = Inspect.json(renderer.render(brief()).blocks());

        for (var s : brief().statements()) {
            assertThat(json).contains("[" + s.sources().getFirst() + "]");
        }
    }

    @Test
    void offers_held_and_no_show_for_this_meeting() {
        var message = renderer.render(brief());

        assertThat(Inspect.actionIds(message.blocks())).containsExactly("gh_meeting_held", "gh_meeting_no_show");
        assertThat(Inspect.buttons(message.blocks())).allSatisfy(b ->
                assertThat(ActionValue.decode(b.getValue())).isEqualTo(ActionValue.meeting(12)));
    }

    @Test
    void a_recorded_outcome_replaces_the_buttons_with_who_recorded_it() {
        var message = renderer.renderRecorded(brief(), new MeetingOutcomes.Recorded(MeetingOutcome.NO_SHOW, "U0REP1", Fixtures.DECIDED));

        assertThat(Inspect.buttons(message.blocks())).isEmpty();
        assertThat(Inspect.json(message.blocks())).contains("No-show · recorded by <@U0REP1>");
    }

    @Test
    void a_held_meeting_offers_qualified_not_qualified_won_and_lost_for_this_meeting() {
        var message = renderer.renderRecorded(brief(), new MeetingOutcomes.Recorded(MeetingOutcome.HELD, "U0REP1", Fixtures.DECIDED));

        assertThat(Inspect.actionIds(message.blocks())).containsExactly("gh_outcome_qualified", "gh_outcome_not_qualified",
                "gh_outcome_won", "gh_outcome_lost");
        assertThat(Inspect.buttons(message.blocks())).allSatisfy(b ->
                assertThat(ActionValue.decode(b.getValue())).isEqualTo(ActionValue.meeting(12)));
    }

    @Test
    void prospect_quotes_are_escaped() {
        assertThat(Inspect.json(renderer.render(brief()).blocks())).contains("40 minutes &amp; it's a pain");
    }

    @Test
    void many_long_unicode_lines_stay_within_limits_and_count_what_is_left() {
        var pains = IntStream.range(0, 200).mapToObj(i -> line("They said: \"*Ação* <!channel> 日本語 👋🏽 "
                + "slow & manual ".repeat(40) + i + "\"", "reply", i + 1)).toList();

        var message = renderer.render(brief(pains));

        Limited.assertWithinLimits(message);
        assertThat(Inspect.json(message.blocks())).contains("more not shown").contains("Risks").contains("gh_meeting_held");
        Golden.assertMatches("meeting_brief_long", message);
    }
}
