package dev.gatehouse.bot.slack;

import dev.gatehouse.engine.audit.Refused;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.CodecException;
import dev.gatehouse.engine.Refusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;

/** Reading a button click (who, where, on what) and refusing it, shared by every button handler. */
final class Clicks {
    private static final Logger log = LoggerFactory.getLogger(Clicks.class);

    private Clicks() {
    }

    /** The click's value when it is one of ours; null otherwise (the click is ignored). */
    static ActionValue value(BlockActionRequest req) {
        try {
            return ActionValue.decode(req.getPayload().getActions().get(0).getValue());
        } catch (CodecException e) {
            log.debug("Ignoring a block action with an unreadable value: {}", e.getMessage());
            return null;
        }
    }

    /** The click's value when it is one of ours rendered for {@code kind}; null otherwise. */
    static ActionValue value(BlockActionRequest req, String kind) {
        var value = value(req);
        return value != null && value.renderedFor().equals(kind) ? value : null;
    }

    static String user(BlockActionRequest req) {
        return req.getPayload().getUser().getId();
    }

    static String channel(BlockActionRequest req) {
        return req.getPayload().getChannel() != null ? req.getPayload().getChannel().getId()
                : req.getPayload().getContainer().getChannelId();
    }

    static String messageTs(BlockActionRequest req) {
        return req.getPayload().getContainer().getMessageTs();
    }

    /**
     * Runs a click's work after the ack; what it answers (a sentence, or null for nothing) is told
     * to the person ephemerally. A failure is logged and told too.
     */
    static void later(ExecutorService after, SlackWebApi api, String channel, String user, java.util.function.Supplier<String> work) {
        after.submit(() -> {
            String answer;
            try {
                answer = work.get();
            } catch (RuntimeException e) {
                log.error("A click by {} failed", user, e);
                answer = "Something went wrong recording that; try again.";
            }
            if (answer == null) return;
            if (channel == null) log.info("Nowhere to tell {}: {}", user, answer);
            else api.ephemeral(channel, user, answer);
        });
    }

    /** A click by someone who may not act: audited at once, told why in an ephemeral message after the ack. */
    static void refuse(Refusals refusals, SlackWebApi api, ExecutorService after, BlockActionRequest req, String why) {
        refusals.record(user(req), Refused.Surface.ACTION, req.getPayload().getActions().get(0).getActionId(), why);
        after.submit(() -> api.ephemeral(channel(req), user(req), why));
    }
}
