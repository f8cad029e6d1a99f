package dev.gatehouse.bot.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.gatehouse.bot.render.Ephemeral;
import dev.gatehouse.bot.render.Limits;
import dev.gatehouse.bot.render.RenderedMessage;
import dev.gatehouse.bot.render.Text;

import java.util.List;
import java.util.Optional;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * Answers to a slash command. The acknowledgement's body is shown only to the person who typed
 * the command (response_type ephemeral), so quick answers ride on the ack itself; answers that
 * need slow work are posted afterwards with chat.postEphemeral.
 */
final class Replies {
    private Replies() {
    }

    /** One mrkdwn section (cut to Slack's section limit) with the same text as fallback. */
    static RenderedMessage md(String mrkdwn) {
        var text = Text.truncateMrkdwn(mrkdwn, Limits.SECTION_TEXT);
        return new RenderedMessage(mrkdwn, List.of(section(s -> s.text(markdownText(text)))));
    }

    static Response show(SlashCommandContext ctx, RenderedMessage message) {
        return ctx.ack(r -> r.responseType("ephemeral").text(message.fallbackText()).blocks(message.blocks()));
    }

    static Response text(SlashCommandContext ctx, String mrkdwn) {
        return show(ctx, md(mrkdwn));
    }

    static Response error(SlashCommandContext ctx, String field, String problem) {
        return show(ctx, Ephemeral.error(field, problem));
    }

    static Response refusal(SlashCommandContext ctx, String why) {
        return show(ctx, Ephemeral.refusal(why));
    }

    /** Posts an ephemeral message after the ack; false when Slack did not take it. */
    static boolean later(SlackWebApi api, String channel, String user, RenderedMessage message) {
        Optional<?> posted = api.call("chat.postEphemeral", () -> api.client().chatPostEphemeral(r -> r.channel(channel)
                .user(user).text(message.fallbackText()).blocks(message.blocks())));
        return posted.isPresent();
    }
}
