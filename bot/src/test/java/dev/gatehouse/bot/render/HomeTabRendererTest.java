package dev.gatehouse.bot.render;

import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class HomeTabRendererTest {
    private final HomeTabRenderer renderer = new HomeTabRenderer();

    static HomeView home(List<HomeView.PendingReview> pending) {
        return new HomeView("U0REP1", pending,
                List.of(new HomeView.GoalProgress("Meetings this month", 6, 10)),
                new HomeView.Funnel(120, 40, 31, 29, 6, 2),
                Map.of(ActionType.FOLLOW_UP, AutonomyLevel.SUPERVISED), Fixtures.CREATED);
    }

    static HomeView.PendingReview review(long id) {
        return new HomeView.PendingReview(id, "Inês Moura", "Tidewater Freight", "Platform hiring & CI",
                "https://example.slack.com/archives/C0REVIEWS/p1795185000000" + id, Fixtures.CREATED);
    }

    @Test
    void home_tab_matches_golden() {
        Golden.assertMatches("home_tab", renderer.render(home(List.of(review(42), review(43)))));
    }

    @Test
    void home_tab_is_a_home_view() {
        assertThat(renderer.render(home(List.of())).getType()).isEqualTo("home");
    }

    @Test
    void pending_reviews_link_to_their_message_and_open_is_a_url_button_to_it() {
        var view = renderer.render(home(List.of(review(42))));

        assertThat(Inspect.json(view)).contains("<https://example.slack.com/archives/C0REVIEWS/p179518500000042|Inês Moura, Tidewater Freight>")
                .contains("Platform hiring &amp; CI");
        var button = openButtons(view).findFirst().orElseThrow();
        assertThat(button.getActionId()).isEqualTo("gh_open_review");
        assertThat(button.getUrl()).isEqualTo("https://example.slack.com/archives/C0REVIEWS/p179518500000042");
        assertThat(button.getValue()).isNull();
    }

    @Test
    void a_pending_review_without_a_message_has_no_open_button() {
        var unposted = new HomeView.PendingReview(42, "Inês Moura", "Tidewater Freight", "Platform hiring", null, Fixtures.CREATED);

        var view = renderer.render(home(List.of(unposted)));

        assertThat(Inspect.json(view)).contains("Inês Moura, Tidewater Freight");
        assertThat(openButtons(view)).isEmpty();
    }

    private static java.util.stream.Stream<ButtonElement> openButtons(com.slack.api.model.view.View view) {
        return view.getBlocks().stream().filter(SectionBlock.class::isInstance)
                .map(b -> ((SectionBlock) b).getAccessory()).filter(ButtonElement.class::isInstance)
                .map(ButtonElement.class::cast);
    }

    @Test
    void many_pending_reviews_collapse_into_and_n_more() {
        var pending = LongStream.rangeClosed(1, 40).mapToObj(HomeTabRendererTest::review).toList();

        var view = renderer.render(home(pending));

        assertThat(view.getBlocks()).hasSizeLessThanOrEqualTo(Limits.VIEW_BLOCKS);
        assertThat(Inspect.json(view)).contains("(40)").contains("and " + (40 - HomeTabRenderer.PENDING_SHOWN) + " more");
    }

    @Test
    void autonomy_shows_every_setting_marking_defaults_and_only_the_settings_that_are_honoured() {
        var json = Inspect.json(renderer.render(home(List.of())));

        assertThat(json).contains("Follow up: *supervised*\\n").contains("First email: *copilot* (default)")
                .contains("Hot escalation: *off limits* (default) (fixed)").contains("QBR narrative: *copilot* (default)")
                .doesNotContain("Pricing negotiation").doesNotContain("Scoring").doesNotContain("Suppression");
    }

    @Test
    void goal_progress_shows_count_and_percent() {
        assertThat(Inspect.json(renderer.render(home(List.of())))).contains("Meetings this month: 6/10 ▓▓▓▓▓▓░░░░ 60%");
    }

    @Test
    void empty_home_says_nothing_is_waiting() {
        assertThat(Inspect.json(renderer.render(home(List.of())))).contains("Nothing waiting for you.");
    }
}
