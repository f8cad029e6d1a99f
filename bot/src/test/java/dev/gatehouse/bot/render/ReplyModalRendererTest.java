package dev.gatehouse.bot.render;

import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.ModalMetadata;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyModalRendererTest {
    private static final ModalMetadata META = ModalMetadata.of(ActionValue.reply(77), "C0REVIEWS", "1795185000.000100");
    private final ReplyModalRenderer renderer = new ReplyModalRenderer();

    @Test
    void write_reply_modal_matches_golden() {
        Golden.assertMatches("reply_write_modal", renderer.render(ReplyTriageRendererTest.interested(),
                "Re: Platform hiring at Tidewater", META));
    }

    @Test
    void subject_is_prefilled_and_submission_comes_back_as_a_reply() {
        var view = renderer.render(ReplyTriageRendererTest.interested(), "Re: Platform hiring", META);

        assertThat(view.getCallbackId()).isEqualTo("gh_reply_edit_submit");
        assertThat(ModalMetadata.decode(view.getPrivateMetadata())).isEqualTo(META);
        assertThat(Inspect.json(view)).contains("\"initial_value\":\"Re: Platform hiring\"");
        var submitted = EditSubmission.parse(Map.of(
                InputId.SUBJECT.blockId(), Map.of(InputId.SUBJECT.actionId(), ViewStates.text("Re: Platform hiring")),
                InputId.BODY.blockId(0), Map.of(InputId.BODY.actionId(), ViewStates.text("Hi Inês"))));
        assertThat(submitted).isEqualTo(new EditSubmission("Re: Platform hiring", "Hi Inês", false));
    }

    @Test
    void a_long_prospect_text_is_quoted_within_limits() {
        var r = ReplyTriageRendererTest.reply("question", 0.7, false, "ção ".repeat(2000), null, null);

        var json = Inspect.json(renderer.render(r, "Re: x", META));

        assertThat(json.length()).isLessThan(6000);
    }
}
