package dev.gatehouse.bot.render;

import com.slack.api.model.block.LayoutBlock;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.Sample;
import dev.gatehouse.engine.gate.SampleVerdict;

import java.util.List;

/**
 * The after-the-fact review of an email sent under supervised autonomy and sampled: Looks right
 * and Flag until someone answers, then who said what.
 */
final class SampleLines {
    static final String SAMPLE_BLOCK = "gh_sample_actions";

    private SampleLines() {
    }

    static List<LayoutBlock> blocks(ReviewItem item) {
        return item.sampled().map(sample -> blocks(item.touchId(), sample)).orElse(List.of());
    }

    private static List<LayoutBlock> blocks(long touchId, Sample sample) {
        if (sample.verdict() == null) {
            var value = ActionValue.sample(touchId);
            return List.of(
                    Kit.md("🔎 *Sampled for review* — sent under supervised autonomy without waiting ("
                            + sample.samplePercent() + "% of " + sample.type().wire().replace('_', ' ')
                            + "s are sampled). Does it look right?"),
                    Kit.buttons(SAMPLE_BLOCK, List.of(Kit.button(ActionId.SAMPLE_OK, "Looks right", value, "primary"),
                            Kit.button(ActionId.SAMPLE_FLAG, "Flag", value, "danger"))));
        }
        var by = " by " + Text.mention(sample.reviewer()) + " " + Text.date(sample.reviewedAt());
        if (sample.verdict() == SampleVerdict.LOOKS_RIGHT) return List.of(Kit.md("👍 *Looks right*" + by));
        return List.of(Kit.md(Text.truncateMrkdwn("🚩 *Flagged*" + by + "\n> "
                + Text.escape(sample.reason()).replace("\n", "\n> "), Limits.SECTION_TEXT)));
    }
}
